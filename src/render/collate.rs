//! Sorting names the way Swedish readers expect.

/// A sort key that puts å, ä and ö after z, as Swedish (and Finnish) do,
/// and otherwise ignores case.
pub fn collation_key(s: &str) -> Vec<u32> {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' | 'æ' => 'z' as u32 + 2,
            'ö' | 'ø' => 'z' as u32 + 3,
            'é' | 'è' => 'e' as u32,
            'ü' => 'y' as u32,
            c => c as u32,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_order() {
        let mut v = vec![
            "Växjö kommun",
            "Vårgårda kommun",
            "Vimmerby kommun",
            "Vansbro kommun",
            "Vänersborgs kommun",
        ];
        v.sort_by_key(|s| collation_key(s));
        assert_eq!(
            v,
            [
                "Vansbro kommun",
                "Vimmerby kommun",
                "Vårgårda kommun",
                "Vänersborgs kommun",
                "Växjö kommun"
            ]
        );
    }
}
