//! The verdict from the options' weighted sums: shared by the full
//! recommendation, the tracks and tipping points, and the nearby count.

use super::{Options, Verdict};

/// The verdict for these sums: the best fit, or a close call naming every
/// option whose lead gap is at most `margin` fit points.
pub(super) fn verdict_of(sums: &[i128], total: i128, margin: i128) -> Verdict {
    let mut leader = 0;
    for (option, &sum) in sums.iter().enumerate() {
        if sum > sums[leader] {
            leader = option;
        }
    }
    // lead = 100·gap/total ≤ margin, compared without rounding.
    let close = |sum: i128| 100 * (sums[leader] - sum) <= margin * total;
    let mut within = Options::default();
    for (option, &sum) in sums.iter().enumerate() {
        if close(sum) {
            within.insert(option);
        }
    }
    if within.len() > 1 {
        Verdict::CloseCall(within)
    } else {
        Verdict::Winner(leader)
    }
}
