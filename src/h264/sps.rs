//! Sequence parameter set (7.3.2.1.1), with the VUI up to the timing information.

use super::bits::BitReader;
use super::nal::{NalHeader, NalUnitType};
use super::{H264Error, Result};

/// Largest picture dimension accepted, in macroblocks (16384 pixels; level 6.2 needs 8192).
const MAX_DIMENSION_MBS: u32 = 1024;

/// Profiles whose SPS carries chroma format, bit depth and scaling matrices (7.3.2.1.1).
const HIGH_PROFILES: [u8; 13] = [100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135];

/// VUI timing information (E.1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// `num_units_in_tick`.
    pub num_units_in_tick: u32,
    /// `time_scale`.
    pub time_scale: u32,
    /// `fixed_frame_rate_flag`.
    pub fixed_frame_rate: bool,
}

impl Timing {
    /// Frame rate as a fraction (frames per second = num / den), when the values are usable.
    /// One frame lasts two ticks (`time_scale / (2 × num_units_in_tick)`).
    pub fn frame_rate(&self) -> Option<(u32, u32)> {
        if self.num_units_in_tick == 0 || self.time_scale == 0 {
            return None;
        }
        Some((self.time_scale, self.num_units_in_tick.checked_mul(2)?))
    }
}

/// A parsed sequence parameter set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sps {
    /// `profile_idc` (66 baseline, 77 main, 100 high, ...).
    pub profile_idc: u8,
    /// The byte holding `constraint_set0_flag` .. `constraint_set5_flag` and the reserved bits,
    /// as it appears in the bitstream (the `avcC` "profile compatibility" byte).
    pub constraint_flags: u8,
    /// `level_idc` (level × 10, e.g. 31 for 3.1).
    pub level_idc: u8,
    /// `seq_parameter_set_id`.
    pub id: u32,
    /// `chroma_format_idc` (0 monochrome, 1 4:2:0, 2 4:2:2, 3 4:4:4).
    pub chroma_format_idc: u32,
    /// `separate_colour_plane_flag`.
    pub separate_colour_plane: bool,
    /// Luma bit depth (8 + `bit_depth_luma_minus8`).
    pub bit_depth_luma: u32,
    /// Chroma bit depth (8 + `bit_depth_chroma_minus8`).
    pub bit_depth_chroma: u32,
    /// `log2_max_frame_num_minus4 + 4`: bits of `frame_num` in slice headers.
    pub log2_max_frame_num: u32,
    /// `pic_order_cnt_type` (0, 1 or 2).
    pub pic_order_cnt_type: u32,
    /// `log2_max_pic_order_cnt_lsb_minus4 + 4` (POC type 0 only, else 0).
    pub log2_max_pic_order_cnt_lsb: u32,
    /// `delta_pic_order_always_zero_flag` (POC type 1 only).
    pub delta_pic_order_always_zero: bool,
    /// `max_num_ref_frames`.
    pub max_num_ref_frames: u32,
    /// `pic_width_in_mbs_minus1 + 1`.
    pub pic_width_in_mbs: u32,
    /// `pic_height_in_map_units_minus1 + 1`.
    pub pic_height_in_map_units: u32,
    /// `frame_mbs_only_flag` (false: fields or MBAFF possible).
    pub frame_mbs_only: bool,
    /// `mb_adaptive_frame_field_flag`.
    pub mb_adaptive_frame_field: bool,
    /// Cropping rectangle offsets `(left, right, top, bottom)` in syntax units.
    pub crop: (u32, u32, u32, u32),
    /// VUI timing information, if present and parsable.
    pub timing: Option<Timing>,
}

impl Sps {
    /// Parses an SPS NAL unit (header byte included, escaped payload).
    pub fn parse(nal: &[u8]) -> Result<Self> {
        let header = NalHeader::parse(nal)?;
        if header.unit_type != NalUnitType::Sps {
            return Err(H264Error::WrongNalType {
                expected: "SPS (7)",
                got: header.unit_type.as_u8(),
            });
        }
        let mut r = BitReader::new(nal.get(1..).unwrap_or(&[]));
        let profile_idc = r.read_u8("profile_idc")?;
        let constraint_flags = r.read_u8("constraint_set_flags")?;
        let level_idc = r.read_u8("level_idc")?;
        let id = r.read_ue_max("seq_parameter_set_id", 31)?;
        let mut chroma_format_idc = 1;
        let mut separate_colour_plane = false;
        let mut bit_depth_luma = 8;
        let mut bit_depth_chroma = 8;
        if HIGH_PROFILES.contains(&profile_idc) {
            chroma_format_idc = r.read_ue_max("chroma_format_idc", 3)?;
            if chroma_format_idc == 3 {
                separate_colour_plane = r.read_flag("separate_colour_plane_flag")?;
            }
            bit_depth_luma = 8 + r.read_ue_max("bit_depth_luma_minus8", 6)?;
            bit_depth_chroma = 8 + r.read_ue_max("bit_depth_chroma_minus8", 6)?;
            r.read_flag("qpprime_y_zero_transform_bypass_flag")?;
            if r.read_flag("seq_scaling_matrix_present_flag")? {
                let lists = if chroma_format_idc == 3 { 12 } else { 8 };
                for i in 0..lists {
                    if r.read_flag("seq_scaling_list_present_flag")? {
                        skip_scaling_list(&mut r, if i < 6 { 16 } else { 64 })?;
                    }
                }
            }
        }
        let log2_max_frame_num = 4 + r.read_ue_max("log2_max_frame_num_minus4", 12)?;
        let pic_order_cnt_type = r.read_ue_max("pic_order_cnt_type", 2)?;
        let mut log2_max_pic_order_cnt_lsb = 0;
        let mut delta_pic_order_always_zero = false;
        if pic_order_cnt_type == 0 {
            log2_max_pic_order_cnt_lsb =
                4 + r.read_ue_max("log2_max_pic_order_cnt_lsb_minus4", 12)?;
        } else if pic_order_cnt_type == 1 {
            delta_pic_order_always_zero = r.read_flag("delta_pic_order_always_zero_flag")?;
            r.read_se("offset_for_non_ref_pic")?;
            r.read_se("offset_for_top_to_bottom_field")?;
            let cycle = r.read_ue_max("num_ref_frames_in_pic_order_cnt_cycle", 255)?;
            for _ in 0..cycle {
                r.read_se("offset_for_ref_frame")?;
            }
        }
        let max_num_ref_frames = r.read_ue_max("max_num_ref_frames", 16)?;
        r.read_flag("gaps_in_frame_num_value_allowed_flag")?;
        let pic_width_in_mbs =
            1 + r.read_ue_max("pic_width_in_mbs_minus1", MAX_DIMENSION_MBS - 1)?;
        let pic_height_in_map_units =
            1 + r.read_ue_max("pic_height_in_map_units_minus1", MAX_DIMENSION_MBS - 1)?;
        let frame_mbs_only = r.read_flag("frame_mbs_only_flag")?;
        let mb_adaptive_frame_field = if frame_mbs_only {
            false
        } else {
            r.read_flag("mb_adaptive_frame_field_flag")?
        };
        r.read_flag("direct_8x8_inference_flag")?;
        let crop = if r.read_flag("frame_cropping_flag")? {
            let max = MAX_DIMENSION_MBS * 16;
            (
                r.read_ue_max("frame_crop_left_offset", max)?,
                r.read_ue_max("frame_crop_right_offset", max)?,
                r.read_ue_max("frame_crop_top_offset", max)?,
                r.read_ue_max("frame_crop_bottom_offset", max)?,
            )
        } else {
            (0, 0, 0, 0)
        };
        // The VUI is optional information: a broken one does not invalidate the SPS.
        let timing = if r.read_flag("vui_parameters_present_flag").unwrap_or(false) {
            read_vui_timing(&mut r).ok().flatten()
        } else {
            None
        };
        let sps = Self {
            profile_idc,
            constraint_flags,
            level_idc,
            id,
            chroma_format_idc,
            separate_colour_plane,
            bit_depth_luma,
            bit_depth_chroma,
            log2_max_frame_num,
            pic_order_cnt_type,
            log2_max_pic_order_cnt_lsb,
            delta_pic_order_always_zero,
            max_num_ref_frames,
            pic_width_in_mbs,
            pic_height_in_map_units,
            frame_mbs_only,
            mb_adaptive_frame_field,
            crop,
            timing,
        };
        if sps.crop_units().0 * (crop.0 + crop.1) >= sps.pic_width_in_mbs * 16
            || sps.crop_units().1 * (crop.2 + crop.3) >= sps.frame_height_in_mbs() * 16
        {
            return Err(H264Error::OutOfRange {
                field: "frame_crop_offset",
                value: i64::from(crop.0 + crop.1 + crop.2 + crop.3),
            });
        }
        Ok(sps)
    }

    /// `ChromaArrayType`: 0 when monochrome or coded as separate colour planes.
    pub fn chroma_array_type(&self) -> u32 {
        if self.separate_colour_plane {
            0
        } else {
            self.chroma_format_idc
        }
    }

    /// Frame height in macroblocks (`FrameHeightInMbs`).
    pub fn frame_height_in_mbs(&self) -> u32 {
        (2 - u32::from(self.frame_mbs_only)) * self.pic_height_in_map_units
    }

    /// Macroblocks in a frame.
    pub fn frame_size_in_mbs(&self) -> u32 {
        self.pic_width_in_mbs * self.frame_height_in_mbs()
    }

    /// `(CropUnitX, CropUnitY)` (equations 7-19 .. 7-22).
    fn crop_units(&self) -> (u32, u32) {
        let field_factor = 2 - u32::from(self.frame_mbs_only);
        match self.chroma_array_type() {
            0 => (1, field_factor),
            1 => (2, 2 * field_factor),
            2 => (2, field_factor),
            _ => (1, field_factor),
        }
    }

    /// Displayed width in pixels (after cropping).
    pub fn width(&self) -> u32 {
        let (unit_x, _) = self.crop_units();
        (self.pic_width_in_mbs * 16).saturating_sub(unit_x * (self.crop.0 + self.crop.1))
    }

    /// Displayed height in pixels (after cropping).
    pub fn height(&self) -> u32 {
        let (_, unit_y) = self.crop_units();
        (self.frame_height_in_mbs() * 16).saturating_sub(unit_y * (self.crop.2 + self.crop.3))
    }
}

/// Skips a `scaling_list()` of `size` coefficients (7.3.2.1.1.1).
pub(crate) fn skip_scaling_list(r: &mut BitReader<'_>, size: usize) -> Result<()> {
    let mut last = 8i32;
    let mut next = 8i32;
    for _ in 0..size {
        if next != 0 {
            let delta = r.read_se_range("delta_scale", -128, 127)?;
            next = (last + delta + 256) % 256;
        }
        if next != 0 {
            last = next;
        }
    }
    Ok(())
}

/// Reads the VUI up to `timing_info` (E.1.1); `None` when timing is absent.
fn read_vui_timing(r: &mut BitReader<'_>) -> Result<Option<Timing>> {
    if r.read_flag("aspect_ratio_info_present_flag")? && r.read_u8("aspect_ratio_idc")? == 255 {
        r.skip_bits(32, "sar")?;
    }
    if r.read_flag("overscan_info_present_flag")? {
        r.read_flag("overscan_appropriate_flag")?;
    }
    if r.read_flag("video_signal_type_present_flag")? {
        r.skip_bits(4, "video_format")?;
        if r.read_flag("colour_description_present_flag")? {
            r.skip_bits(24, "colour_description")?;
        }
    }
    if r.read_flag("chroma_loc_info_present_flag")? {
        r.read_ue("chroma_sample_loc_type_top_field")?;
        r.read_ue("chroma_sample_loc_type_bottom_field")?;
    }
    if !r.read_flag("timing_info_present_flag")? {
        return Ok(None);
    }
    Ok(Some(Timing {
        num_units_in_tick: r.read_bits(32, "num_units_in_tick")?,
        time_scale: r.read_bits(32, "time_scale")?,
        fixed_frame_rate: r.read_flag("fixed_frame_rate_flag")?,
    }))
}
