//! The SHA-256 of a pack's bytes as read: what a receipt names, so a result
//! can be traced to the exact file it came from (`sha256sum` prints the same).

use std::fmt;

use sha2::{Digest, Sha256 as Hasher};

/// A SHA-256 digest, shown as 64 lower-case hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sha256([u8; 32]);

impl Sha256 {
    /// The digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self(Hasher::digest(bytes).into())
    }

    /// Parse 64 hex digits (either case); `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != 64 || !text.is_ascii() {
            return None;
        }
        let mut bytes = [0; 32];
        for (byte, pair) in bytes.iter_mut().zip(text.as_bytes().chunks(2)) {
            let pair = std::str::from_utf8(pair).ok()?;
            *byte = u8::from_str_radix(pair, 16).ok()?;
        }
        Some(Self(bytes))
    }

    /// The first 8 hex digits, enough to tell two versions apart in a message.
    pub fn short(&self) -> String {
        self.to_string()[..8].to_owned()
    }
}

impl fmt::Display for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|byte| write!(f, "{byte:02x}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        // FIPS 180-2's "abc" example, and the empty message.
        assert_eq!(
            Sha256::of(b"abc").to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            Sha256::of(b"").to_string(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn parses_what_it_prints_and_nothing_else() {
        let digest = Sha256::of(b"pack");
        assert_eq!(Sha256::parse(&digest.to_string()), Some(digest));
        assert_eq!(
            Sha256::parse(&digest.to_string().to_uppercase()),
            Some(digest)
        );
        assert_eq!(Sha256::parse("abc"), None);
        assert_eq!(Sha256::parse(&"g".repeat(64)), None);
        assert_eq!(Sha256::parse(&"é".repeat(32)), None);
        assert_eq!(digest.short().len(), 8);
    }
}
