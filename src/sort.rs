//! One sort for the whole crate, by an `f64` key.
//!
//! Every `sort_by` with its own closure is another copy of std's sort in the wasm (about
//! 4 KB each); sorting through this function shares one small merge sort instead.

/// Sorts `items` by `key`, ascending in [`f64::total_cmp`] order (negate the key for
/// descending); items with equal keys keep their order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> f64) {
    let keys: Vec<f64> = items.iter().map(key).collect();
    let order = stable_order(&keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots[position].take()),
    );
}

/// The positions of `keys` in ascending order, ties in their first order: a bottom-up
/// merge sort, smaller in the wasm than std's.
fn stable_order(keys: &[f64]) -> Vec<usize> {
    let count = keys.len();
    let mut order: Vec<usize> = (0..count).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < count {
        for start in (0..count).step_by(2 * width) {
            let middle = (start + width).min(count);
            let end = (start + 2 * width).min(count);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                let take_left = right == end
                    || (left < middle && keys[order[left]].total_cmp(&keys[order[right]]).is_le());
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2.0, 'a'), (1.0, 'b'), (2.0, 'c'), (-0.0, 'd'), (0.0, 'e')];
        sort_by_key(&mut items, |item| item.0);
        let letters: String = items.iter().map(|item| item.1).collect();
        assert_eq!(letters, "debac");
        sort_by_key(&mut items, |item| -item.0);
        let letters: String = items.iter().map(|item| item.1).collect();
        assert_eq!(letters, "acbed");
    }

    #[test]
    fn sorts_as_std_stable_sort_does() {
        for count in 0..40 {
            let mut items: Vec<(f64, usize)> =
                (0..count).map(|i| (((i * 7919) % 13) as f64, i)).collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.total_cmp(&b.0));
            sort_by_key(&mut items, |item| item.0);
            assert_eq!(items, expected);
        }
    }
}
