//! The reader's own numbers, always said as the reader's, beside the
//! pack's: "yours: 7 · the pack's: 4".

/// A number that is the reader's, beside the pack's.
pub fn yours_beside_packs(yours: u32, packs: u32) -> String {
    format!("yours: {yours} · the pack's: {packs}")
}

/// A factor's base weight, said with whose it is: "base weight 92, the
/// pack's", "base weight 40, yours (the pack's: 92)".
pub fn base_weight_phrase(weight: u32, packs: u32, yours: bool) -> String {
    if yours {
        format!("base weight {weight}, yours (the pack's: {packs})")
    } else {
        format!("base weight {weight}, the pack's")
    }
}

/// The title bar's mark of how many numbers are the reader's: "1 number
/// yours", "3 numbers yours"; empty for none.
pub fn yours_mark(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => "1 number yours".to_owned(),
        n => format!("{n} numbers yours"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_numbers_are_said_as_theirs() {
        assert_eq!(yours_beside_packs(7, 4), "yours: 7 · the pack's: 4");
        assert_eq!(
            base_weight_phrase(92, 92, false),
            "base weight 92, the pack's"
        );
        assert_eq!(
            base_weight_phrase(40, 92, true),
            "base weight 40, yours (the pack's: 92)"
        );
    }
}
