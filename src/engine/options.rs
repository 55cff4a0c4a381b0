//! A set of options, as the verdict of a close call names them.

/// A set of options (a pack has at most eight), as a bit mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Options(u8);

impl Options {
    pub fn insert(&mut self, option: usize) {
        self.0 |= 1 << option;
    }

    pub fn contains(self, option: usize) -> bool {
        option < 8 && self.0 & (1 << option) != 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The options in pack order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..8).filter(move |&o| self.contains(o))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_holds_what_was_put_in_and_nothing_else() {
        let mut set = Options::default();
        assert!(set.is_empty());
        assert_eq!(set.len(), 0);
        set.insert(0);
        set.insert(7);
        set.insert(7);
        assert!(!set.is_empty());
        assert_eq!(set.len(), 2);
        assert!(set.contains(0) && set.contains(7));
        assert!(!set.contains(1) && !set.contains(6));
        // Past the eighth option nothing is held, whatever the bits say.
        assert!(!set.contains(8) && !set.contains(9) && !set.contains(usize::MAX));
        assert_eq!(set.iter().collect::<Vec<_>>(), [0, 7]);
    }
}
