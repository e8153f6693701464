//! The words the editor's readers recognise, gathered from every language of the
//! catalogue (each language's [`ReadingWords`], in `src/i18n/`).
//!
//! A French journalist may paste an English spreadsheet, so the readers of figures, dates
//! and headers know the words of every language whatever the editor's language: a new
//! language's words are read as soon as its catalogue file gives them. Each reader
//! gathers its words once, on first use.

use crate::i18n::{Lang, ReadingWords};

/// Every spelling of the words `pick` takes from each language's reading words, each with
/// what it means, each pair once: lower case with `’` written `'`, and also without accents
/// (see [`fold`]), as the readers compare them with what the journalist typed.
pub(crate) fn gather<T: Copy + PartialEq>(
    pick: impl Fn(&'static ReadingWords) -> Vec<(&'static [&'static str], T)>,
) -> Vec<(String, T)> {
    let mut gathered: Vec<(String, T)> = Vec::new();
    for &lang in Lang::ALL {
        for (words, meaning) in pick(&crate::i18n::editor(lang).reading) {
            for word in words {
                let lower = word.to_lowercase().replace('’', "'");
                for spelling in [fold(&lower), lower] {
                    if !gathered.contains(&(spelling.clone(), meaning)) {
                        gathered.push((spelling, meaning));
                    }
                }
            }
        }
    }
    gathered
}

/// Every spelling of the words of one list of each language (see [`gather`]).
pub(crate) fn gather_list(
    pick: impl Fn(&'static ReadingWords) -> &'static [&'static str],
) -> Vec<String> {
    gather(|words| vec![(pick(words), ())])
        .into_iter()
        .map(|(spelling, ())| spelling)
        .collect()
}

/// Lowercase without the accents of French and Spanish, so that `Livré`, `livre` and
/// `LIVRÉ` match alike. A language with other accented letters adds them here for its
/// words to be read without their accents too (they are read with them regardless).
pub(crate) fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// Checks that no spelling of the gathered words means two things: the readers take the
/// first meaning they find, so a word that meant one thing in one language and another
/// elsewhere would be read wrong in one of them.
#[cfg(test)]
#[track_caller]
pub(crate) fn assert_one_meaning<T: PartialEq + std::fmt::Debug>(gathered: &[(String, T)]) {
    for (spelling, meaning) in gathered {
        let other = gathered
            .iter()
            .find(|(other, other_meaning)| other == spelling && other_meaning != meaning);
        assert!(
            other.is_none(),
            "{spelling:?} means {meaning:?} and {other:?}"
        );
    }
}
