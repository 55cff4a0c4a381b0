//! Numbers and counts as people read them.

/// Tenths as people read them: "26", "10.4".
pub fn tenths(tenths: u64) -> String {
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// Tenths always with their decimal, for numbers read side by side: "74.0", "81.4".
pub fn tenths_fixed(tenths: u64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A number with at most one decimal: "7", "6.7".
pub fn decimal(value: f64) -> String {
    tenths((value * 10.0).round().max(0.0) as u64)
}

/// "12,345".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 factor", "6 factors", "1,200 errors".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", thousands(n as u64))
    }
}

/// The first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_plainly() {
        assert_eq!(tenths(104), "10.4");
        assert_eq!(tenths(260), "26");
        assert_eq!(tenths_fixed(740), "74.0");
        assert_eq!(tenths_fixed(5), "0.5");
        assert_eq!(decimal(6.666), "6.7");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
        assert_eq!(count(1, "factor"), "1 factor");
        assert_eq!(count(1_200, "error"), "1,200 errors");
        assert_eq!(capitalise("écrit"), "Écrit");
    }
}
