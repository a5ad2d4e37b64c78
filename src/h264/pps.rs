//! Picture parameter set (7.3.2.2), with the High-profile extension (8x8 transform).

use super::bits::BitReader;
use super::nal::{NalHeader, NalUnitType};
use super::sps::skip_scaling_list;
use super::{H264Error, Result};

/// A parsed picture parameter set (the fields slice headers need).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pps {
    /// `pic_parameter_set_id`.
    pub id: u32,
    /// `seq_parameter_set_id` of the SPS this PPS refers to.
    pub sps_id: u32,
    /// `entropy_coding_mode_flag`: true for CABAC, false for CAVLC.
    pub entropy_coding_mode: bool,
    /// `bottom_field_pic_order_in_frame_present_flag`.
    pub bottom_field_pic_order_in_frame_present: bool,
    /// `num_slice_groups_minus1 + 1`.
    pub num_slice_groups: u32,
    /// `num_ref_idx_l0_default_active_minus1 + 1`.
    pub num_ref_idx_l0_default_active: u32,
    /// `num_ref_idx_l1_default_active_minus1 + 1`.
    pub num_ref_idx_l1_default_active: u32,
    /// `weighted_pred_flag`.
    pub weighted_pred: bool,
    /// `weighted_bipred_idc`.
    pub weighted_bipred_idc: u32,
    /// `26 + pic_init_qp_minus26`: the luma QP a slice starts from.
    pub pic_init_qp: i32,
    /// `chroma_qp_index_offset`.
    pub chroma_qp_index_offset: i32,
    /// `deblocking_filter_control_present_flag`.
    pub deblocking_filter_control_present: bool,
    /// `constrained_intra_pred_flag`.
    pub constrained_intra_pred: bool,
    /// `redundant_pic_cnt_present_flag`.
    pub redundant_pic_cnt_present: bool,
    /// `transform_8x8_mode_flag` (High profiles; false when the extension is absent).
    pub transform_8x8_mode: bool,
    /// `second_chroma_qp_index_offset` (equals `chroma_qp_index_offset` when absent).
    pub second_chroma_qp_index_offset: i32,
    /// `slice_group_map_type` when there is more than one slice group (FMO).
    pub slice_group_map_type: Option<u32>,
}

impl Pps {
    /// Parses a PPS NAL unit (header byte included, escaped payload).
    ///
    /// Slice group map type 6 needs the picture size from the SPS; its slice group ids are
    /// skipped using `pic_size_in_map_units_minus1` from the PPS itself, so no SPS is needed.
    pub fn parse(nal: &[u8]) -> Result<Self> {
        let header = NalHeader::parse(nal)?;
        if header.unit_type != NalUnitType::Pps {
            return Err(H264Error::WrongNalType {
                expected: "PPS (8)",
                got: header.unit_type.as_u8(),
            });
        }
        let mut r = BitReader::new(nal.get(1..).unwrap_or(&[]));
        let id = r.read_ue_max("pic_parameter_set_id", 255)?;
        let sps_id = r.read_ue_max("seq_parameter_set_id", 31)?;
        let entropy_coding_mode = r.read_flag("entropy_coding_mode_flag")?;
        let bottom_field_pic_order_in_frame_present =
            r.read_flag("bottom_field_pic_order_in_frame_present_flag")?;
        let num_slice_groups = 1 + r.read_ue_max("num_slice_groups_minus1", 7)?;
        let slice_group_map_type = if num_slice_groups > 1 {
            Some(skip_slice_group_map(&mut r, num_slice_groups)?)
        } else {
            None
        };
        let num_ref_idx_l0_default_active =
            1 + r.read_ue_max("num_ref_idx_l0_default_active_minus1", 31)?;
        let num_ref_idx_l1_default_active =
            1 + r.read_ue_max("num_ref_idx_l1_default_active_minus1", 31)?;
        let weighted_pred = r.read_flag("weighted_pred_flag")?;
        let weighted_bipred_idc = r.read_bits(2, "weighted_bipred_idc")?;
        let pic_init_qp = 26 + r.read_se_range("pic_init_qp_minus26", -26 - 48, 25)?;
        r.read_se_range("pic_init_qs_minus26", -26, 25)?;
        let chroma_qp_index_offset = r.read_se_range("chroma_qp_index_offset", -12, 12)?;
        let deblocking_filter_control_present =
            r.read_flag("deblocking_filter_control_present_flag")?;
        let constrained_intra_pred = r.read_flag("constrained_intra_pred_flag")?;
        let redundant_pic_cnt_present = r.read_flag("redundant_pic_cnt_present_flag")?;
        let (mut transform_8x8_mode, mut second_chroma_qp_index_offset) =
            (false, chroma_qp_index_offset);
        if r.more_rbsp_data() {
            transform_8x8_mode = r.read_flag("transform_8x8_mode_flag")?;
            if r.read_flag("pic_scaling_matrix_present_flag")? {
                // 4:2:0 assumed (the PPS does not know the chroma format): 6 + 2 lists.
                let lists = 6 + if transform_8x8_mode { 2 } else { 0 };
                for i in 0..lists {
                    if r.read_flag("pic_scaling_list_present_flag")? {
                        skip_scaling_list(&mut r, if i < 6 { 16 } else { 64 })?;
                    }
                }
            }
            second_chroma_qp_index_offset =
                r.read_se_range("second_chroma_qp_index_offset", -12, 12)?;
        }
        Ok(Self {
            id,
            sps_id,
            entropy_coding_mode,
            bottom_field_pic_order_in_frame_present,
            num_slice_groups,
            num_ref_idx_l0_default_active,
            num_ref_idx_l1_default_active,
            weighted_pred,
            weighted_bipred_idc,
            pic_init_qp,
            chroma_qp_index_offset,
            deblocking_filter_control_present,
            constrained_intra_pred,
            redundant_pic_cnt_present,
            transform_8x8_mode,
            second_chroma_qp_index_offset,
            slice_group_map_type,
        })
    }
}

/// Skips the slice group map syntax of a PPS with more than one slice group (FMO); returns
/// `slice_group_map_type`.
fn skip_slice_group_map(r: &mut BitReader<'_>, groups: u32) -> Result<u32> {
    let map_type = r.read_ue_max("slice_group_map_type", 6)?;
    match map_type {
        0 => {
            for _ in 0..groups {
                r.read_ue("run_length_minus1")?;
            }
        }
        2 => {
            for _ in 1..groups {
                r.read_ue("top_left")?;
                r.read_ue("bottom_right")?;
            }
        }
        3..=5 => {
            r.read_flag("slice_group_change_direction_flag")?;
            r.read_ue("slice_group_change_rate_minus1")?;
        }
        6 => {
            let units = 1 + r.read_ue_max("pic_size_in_map_units_minus1", 1 << 20)?;
            let bits = u32::BITS - (groups - 1).leading_zeros();
            for _ in 0..units {
                r.read_bits(bits, "slice_group_id")?;
            }
        }
        _ => {}
    }
    Ok(map_type)
}
