//! Slice headers (7.3.3), and the parameter set store they need.

use super::bits::BitReader;
use super::nal::{NalHeader, NalUnitType};
use super::pps::Pps;
use super::sps::Sps;
use super::{H264Error, LOG_TARGET, Result};

/// `slice_type % 5` (Table 7-6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SliceType {
    /// P slice (inter prediction from one list).
    P,
    /// B slice (bi-prediction).
    B,
    /// I slice (intra only).
    I,
    /// SP switching slice.
    Sp,
    /// SI switching slice.
    Si,
}

impl SliceType {
    fn from_ue(value: u32) -> Result<Self> {
        Ok(match value {
            0 | 5 => Self::P,
            1 | 6 => Self::B,
            2 | 7 => Self::I,
            3 | 8 => Self::Sp,
            4 | 9 => Self::Si,
            _ => {
                return Err(H264Error::OutOfRange {
                    field: "slice_type",
                    value: i64::from(value),
                });
            }
        })
    }

    /// True for slices that use inter prediction (P, SP, B).
    pub fn is_inter(self) -> bool {
        matches!(self, Self::P | Self::Sp | Self::B)
    }
}

/// The fields of a slice header, and where its `slice_data()` starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SliceHeader {
    /// NAL unit header of the slice.
    pub nal: NalHeader,
    /// `first_mb_in_slice`: address of the first macroblock.
    pub first_mb_in_slice: u32,
    /// Slice type.
    pub slice_type: SliceType,
    /// `pic_parameter_set_id`.
    pub pps_id: u32,
    /// `frame_num`.
    pub frame_num: u32,
    /// `field_pic_flag`.
    pub field_pic: bool,
    /// `bottom_field_flag`.
    pub bottom_field: bool,
    /// `idr_pic_id` (IDR slices only).
    pub idr_pic_id: Option<u32>,
    /// `pic_order_cnt_lsb` (POC type 0 only).
    pub pic_order_cnt_lsb: Option<u32>,
    /// `num_ref_idx_l0_active_minus1 + 1` (inter slices; 0 for I/SI).
    pub num_ref_idx_l0_active: u32,
    /// Explicit luma weighting of the first list-0 reference (weighted prediction), when the
    /// encoder sent one: a sign of a global brightness change (fade, exposure).
    pub luma_weight_l0: Option<LumaWeight>,
    /// `slice_qp_delta`.
    pub slice_qp_delta: i32,
    /// `SliceQPY = 26 + pic_init_qp_minus26 + slice_qp_delta`.
    pub qp: i32,
    /// `cabac_init_idc` (CABAC P/SP/B slices; 0 otherwise).
    pub cabac_init_idc: u32,
    /// `disable_deblocking_filter_idc` (0 when absent).
    pub disable_deblocking_filter_idc: u32,
    /// Bit offset of `slice_data()` in the RBSP after the NAL header byte (emulation prevention
    /// bytes removed, as [`unescape`](super::bits::unescape) of `nal[1..]` gives), before any
    /// `cabac_alignment_one_bit`. `None` for streams whose slice data we do not parse (slice
    /// group change cycles of FMO map types 3–5).
    pub data_bit_offset: Option<usize>,
}

impl SliceHeader {
    /// True for slices of an IDR picture.
    pub fn is_idr(&self) -> bool {
        self.nal.unit_type == NalUnitType::IdrSlice
    }
}

/// Explicit weighted prediction of luma for one reference picture (7.4.3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LumaWeight {
    /// `luma_log2_weight_denom`.
    pub log2_denom: u32,
    /// `luma_weight_l0` (the identity is `1 << log2_denom`).
    pub weight: i32,
    /// `luma_offset_l0` (in 8-bit sample units).
    pub offset: i32,
}

impl LumaWeight {
    /// Brightness gain this weight applies, `weight / 2^log2_denom` (1.0 = unchanged).
    pub fn gain(&self) -> f64 {
        f64::from(self.weight) / f64::from(1u32 << self.log2_denom)
    }
}

/// The sequence and picture parameter sets seen so far, by id.
#[derive(Debug, Clone, Default)]
pub struct ParameterSets {
    sps: Vec<Option<Sps>>,
    pps: Vec<Option<Pps>>,
}

impl ParameterSets {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses and stores an SPS NAL unit; returns it.
    pub fn add_sps(&mut self, nal: &[u8]) -> Result<&Sps> {
        let sps = Sps::parse(nal)?;
        crate::logging::log_trace!(target: LOG_TARGET, "SPS {}: {}x{} profile {} level {}", sps.id, sps.width(), sps.height(), sps.profile_idc, sps.level_idc);
        store(&mut self.sps, sps.id, sps)
    }

    /// Parses and stores a PPS NAL unit; returns it.
    pub fn add_pps(&mut self, nal: &[u8]) -> Result<&Pps> {
        let pps = Pps::parse(nal)?;
        crate::logging::log_trace!(target: LOG_TARGET, "PPS {} (SPS {}), CABAC {}, init QP {}", pps.id, pps.sps_id, pps.entropy_coding_mode, pps.pic_init_qp);
        store(&mut self.pps, pps.id, pps)
    }

    /// The SPS with this id, if seen.
    pub fn sps(&self, id: u32) -> Option<&Sps> {
        self.sps.get(usize::try_from(id).ok()?)?.as_ref()
    }

    /// The PPS with this id, if seen.
    pub fn pps(&self, id: u32) -> Option<&Pps> {
        self.pps.get(usize::try_from(id).ok()?)?.as_ref()
    }

    /// Forgets every parameter set.
    pub fn clear(&mut self) {
        self.sps.clear();
        self.pps.clear();
    }

    /// Parses the header of a slice NAL unit (types 1 and 5; header byte included).
    pub fn parse_slice_header(&self, nal: &[u8]) -> Result<SliceHeader> {
        let header = NalHeader::parse(nal)?;
        if !matches!(header.unit_type, NalUnitType::Slice | NalUnitType::IdrSlice) {
            return Err(H264Error::WrongNalType {
                expected: "slice (1 or 5)",
                got: header.unit_type.as_u8(),
            });
        }
        let idr = header.unit_type == NalUnitType::IdrSlice;
        let mut r = BitReader::new(nal.get(1..).unwrap_or(&[]));
        let first_mb_in_slice = r.read_ue("first_mb_in_slice")?;
        let slice_type = SliceType::from_ue(r.read_ue("slice_type")?)?;
        let pps_id = r.read_ue_max("pic_parameter_set_id", 255)?;
        let pps = self.pps(pps_id).ok_or(H264Error::MissingPps(pps_id))?;
        let sps = self
            .sps(pps.sps_id)
            .ok_or(H264Error::MissingSps(pps.sps_id))?;
        if first_mb_in_slice >= sps.frame_size_in_mbs() {
            return Err(H264Error::OutOfRange {
                field: "first_mb_in_slice",
                value: i64::from(first_mb_in_slice),
            });
        }
        if sps.separate_colour_plane {
            r.read_bits(2, "colour_plane_id")?;
        }
        let frame_num = r.read_bits(sps.log2_max_frame_num, "frame_num")?;
        let (mut field_pic, mut bottom_field) = (false, false);
        if !sps.frame_mbs_only {
            field_pic = r.read_flag("field_pic_flag")?;
            if field_pic {
                bottom_field = r.read_flag("bottom_field_flag")?;
            }
        }
        let idr_pic_id = if idr {
            Some(r.read_ue_max("idr_pic_id", 65535)?)
        } else {
            None
        };
        let mut pic_order_cnt_lsb = None;
        if sps.pic_order_cnt_type == 0 {
            pic_order_cnt_lsb =
                Some(r.read_bits(sps.log2_max_pic_order_cnt_lsb, "pic_order_cnt_lsb")?);
            if pps.bottom_field_pic_order_in_frame_present && !field_pic {
                r.read_se("delta_pic_order_cnt_bottom")?;
            }
        }
        if sps.pic_order_cnt_type == 1 && !sps.delta_pic_order_always_zero {
            r.read_se("delta_pic_order_cnt[0]")?;
            if pps.bottom_field_pic_order_in_frame_present && !field_pic {
                r.read_se("delta_pic_order_cnt[1]")?;
            }
        }
        if pps.redundant_pic_cnt_present {
            r.read_ue("redundant_pic_cnt")?;
        }
        if slice_type == SliceType::B {
            r.read_flag("direct_spatial_mv_pred_flag")?;
        }
        let (mut l0, mut l1) = (0, 0);
        if slice_type.is_inter() {
            l0 = pps.num_ref_idx_l0_default_active;
            if slice_type == SliceType::B {
                l1 = pps.num_ref_idx_l1_default_active;
            }
            if r.read_flag("num_ref_idx_active_override_flag")? {
                l0 = 1 + r.read_ue_max("num_ref_idx_l0_active_minus1", 31)?;
                if slice_type == SliceType::B {
                    l1 = 1 + r.read_ue_max("num_ref_idx_l1_active_minus1", 31)?;
                }
            }
        }
        if slice_type.is_inter() {
            skip_ref_pic_list_modification(&mut r)?;
            if slice_type == SliceType::B {
                skip_ref_pic_list_modification(&mut r)?;
            }
        }
        let weighted = (pps.weighted_pred && matches!(slice_type, SliceType::P | SliceType::Sp))
            || (pps.weighted_bipred_idc == 1 && slice_type == SliceType::B);
        let luma_weight_l0 = if weighted {
            read_pred_weight_table(&mut r, sps.chroma_array_type(), l0, l1)?
        } else {
            None
        };
        if header.ref_idc != 0 {
            skip_dec_ref_pic_marking(&mut r, idr)?;
        }
        let mut cabac_init_idc = 0;
        if pps.entropy_coding_mode && !matches!(slice_type, SliceType::I | SliceType::Si) {
            cabac_init_idc = r.read_ue_max("cabac_init_idc", 2)?;
        }
        let slice_qp_delta = r.read_se_range("slice_qp_delta", -100, 100)?;
        let qp = pps.pic_init_qp + slice_qp_delta;
        if !(-48..=51).contains(&qp) {
            return Err(H264Error::OutOfRange {
                field: "SliceQPY",
                value: i64::from(qp),
            });
        }
        if matches!(slice_type, SliceType::Sp | SliceType::Si) {
            if slice_type == SliceType::Sp {
                r.read_flag("sp_for_switch_flag")?;
            }
            r.read_se("slice_qs_delta")?;
        }
        let mut disable_deblocking_filter_idc = 0;
        if pps.deblocking_filter_control_present {
            disable_deblocking_filter_idc = r.read_ue_max("disable_deblocking_filter_idc", 6)?;
            if disable_deblocking_filter_idc != 1 {
                r.read_se_range("slice_alpha_c0_offset_div2", -6, 6)?;
                r.read_se_range("slice_beta_offset_div2", -6, 6)?;
            }
        }
        let data_bit_offset = match pps.slice_group_map_type {
            Some(3..=5) => None,
            _ => Some(r.rbsp_position()),
        };
        Ok(SliceHeader {
            nal: header,
            first_mb_in_slice,
            slice_type,
            pps_id,
            frame_num,
            field_pic,
            bottom_field,
            idr_pic_id,
            pic_order_cnt_lsb,
            num_ref_idx_l0_active: l0,
            luma_weight_l0,
            slice_qp_delta,
            qp,
            cabac_init_idc,
            disable_deblocking_filter_idc,
            data_bit_offset,
        })
    }
}

/// Stores `value` at `id` (ids are bounded by the parsers: ≤ 31 or ≤ 255).
fn store<T>(table: &mut Vec<Option<T>>, id: u32, value: T) -> Result<&T> {
    let index = usize::try_from(id).map_err(|_| H264Error::OutOfRange {
        field: "parameter set id",
        value: i64::from(id),
    })?;
    if table.len() <= index {
        table.resize_with(index + 1, || None);
    }
    let slot = table.get_mut(index).ok_or(H264Error::OutOfRange {
        field: "parameter set id",
        value: i64::from(id),
    })?;
    Ok(slot.insert(value))
}

/// Skips one `ref_pic_list_modification` list (7.3.3.1).
fn skip_ref_pic_list_modification(r: &mut BitReader<'_>) -> Result<()> {
    if !r.read_flag("ref_pic_list_modification_flag")? {
        return Ok(());
    }
    // At most one modification per reference index plus the end marker.
    for _ in 0..=33 {
        match r.read_ue_max("modification_of_pic_nums_idc", 5)? {
            0 | 1 => {
                r.read_ue("abs_diff_pic_num_minus1")?;
            }
            2 => {
                r.read_ue("long_term_pic_num")?;
            }
            3 => return Ok(()),
            // 4 and 5 are MVC view modifications: one more ue(v).
            _ => {
                r.read_ue("abs_diff_view_idx_minus1")?;
            }
        }
    }
    Err(H264Error::OutOfRange {
        field: "ref_pic_list_modification length",
        value: 34,
    })
}

/// Reads `pred_weight_table` (7.3.3.2); returns the luma weight of the first list-0 reference.
fn read_pred_weight_table(
    r: &mut BitReader<'_>,
    chroma_array_type: u32,
    l0: u32,
    l1: u32,
) -> Result<Option<LumaWeight>> {
    let log2_denom = r.read_ue_max("luma_log2_weight_denom", 7)?;
    if chroma_array_type != 0 {
        r.read_ue_max("chroma_log2_weight_denom", 7)?;
    }
    let mut first = None;
    for count in [l0, l1] {
        for _ in 0..count {
            if r.read_flag("luma_weight_flag")? {
                let weight = r.read_se_range("luma_weight", -128, 127)?;
                let offset = r.read_se_range("luma_offset", -128, 127)?;
                if first.is_none() {
                    first = Some(LumaWeight {
                        log2_denom,
                        weight,
                        offset,
                    });
                }
            } else if first.is_none() {
                // Default weights: no explicit entry for this reference.
                first = Some(LumaWeight {
                    log2_denom,
                    weight: 1 << log2_denom,
                    offset: 0,
                });
            }
            if chroma_array_type != 0 && r.read_flag("chroma_weight_flag")? {
                for _ in 0..4 {
                    r.read_se("chroma_weight_or_offset")?;
                }
            }
        }
    }
    // Only an explicit, non-identity weight of list 0 entry 0 is reported.
    Ok(first.filter(|w| w.weight != 1 << w.log2_denom || w.offset != 0))
}

/// Skips `dec_ref_pic_marking` (7.3.3.3).
fn skip_dec_ref_pic_marking(r: &mut BitReader<'_>, idr: bool) -> Result<()> {
    if idr {
        r.read_flag("no_output_of_prior_pics_flag")?;
        r.read_flag("long_term_reference_flag")?;
        return Ok(());
    }
    if !r.read_flag("adaptive_ref_pic_marking_mode_flag")? {
        return Ok(());
    }
    for _ in 0..=66 {
        let op = r.read_ue_max("memory_management_control_operation", 6)?;
        if op == 0 {
            return Ok(());
        }
        if op == 1 || op == 3 {
            r.read_ue("difference_of_pic_nums_minus1")?;
        }
        if op == 2 {
            r.read_ue("long_term_pic_num")?;
        }
        if op == 3 || op == 6 {
            r.read_ue("long_term_frame_idx")?;
        }
        if op == 4 {
            r.read_ue("max_long_term_frame_idx_plus1")?;
        }
    }
    Err(H264Error::OutOfRange {
        field: "memory_management_control_operation count",
        value: 67,
    })
}
