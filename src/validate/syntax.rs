//! Where JSON text stops being JSON, and why: line, column and the JSON reader's words.
//!
//! The embed parses with the browser's `JSON.parse`, whose error messages differ between
//! browsers and often give no position. When it refuses a text, this small recognizer reads
//! the text again and says where and why in serde_json's words and positions (lines from 1,
//! columns in bytes from 1, 0 for an empty line at its end), so that a bad dataset reads the
//! same in every browser and in native tests.

/// Deepest nesting of lists and objects read (as serde_json).
pub const MAX_DEPTH: usize = 128;

/// Where a text is not JSON: line and column as serde_json counts them, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line, from 1.
    pub line: usize,
    /// Column in bytes, from 1 (0 at the start of a line).
    pub column: usize,
    /// What is wrong, in serde_json's words.
    pub detail: &'static str,
}

/// The first place where `text` is not JSON, or `None` when it is JSON.
pub fn first_error(text: &str) -> Option<SyntaxError> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        index: 0,
        depth: MAX_DEPTH,
    };
    let result = reader.value().and_then(|()| match reader.whitespace() {
        Some(_) => Err(reader.peek_error("trailing characters")),
        None => Ok(()),
    });
    result.err()
}

struct Reader<'t> {
    bytes: &'t [u8],
    index: usize,
    depth: usize,
}

type Step = Result<(), SyntaxError>;

impl Reader<'_> {
    fn at(&self, index: usize, detail: &'static str) -> SyntaxError {
        let before = &self.bytes[..index];
        let line_start = before
            .iter()
            .rposition(|byte| *byte == b'\n')
            .map_or(0, |newline| newline + 1);
        SyntaxError {
            line: 1 + before[..line_start].iter().filter(|b| **b == b'\n').count(),
            column: index - line_start,
            detail,
        }
    }

    /// An error at the last byte read.
    fn error(&self, detail: &'static str) -> SyntaxError {
        self.at(self.index, detail)
    }

    /// An error at the next byte.
    fn peek_error(&self, detail: &'static str) -> SyntaxError {
        self.at(self.bytes.len().min(self.index + 1), detail)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek();
        if byte.is_some() {
            self.index += 1;
        }
        byte
    }

    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Step {
        match self.whitespace() {
            None => Err(self.peek_error("EOF while parsing a value")),
            Some(b'n') => self.word(b"null"),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'"') => {
                self.index += 1;
                self.string()
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(open @ (b'[' | b'{')) => {
                self.depth -= 1;
                if self.depth == 0 {
                    return Err(self.peek_error("recursion limit exceeded"));
                }
                self.index += 1;
                let result = if open == b'[' {
                    self.list()
                } else {
                    self.object()
                };
                self.depth += 1;
                result
            }
            Some(_) => Err(self.peek_error("expected value")),
        }
    }

    fn word(&mut self, word: &[u8]) -> Step {
        self.index += 1;
        for expected in &word[1..] {
            match self.next() {
                None => return Err(self.error("EOF while parsing a value")),
                Some(byte) if byte != *expected => return Err(self.error("expected ident")),
                Some(_) => {}
            }
        }
        Ok(())
    }

    fn string(&mut self) -> Step {
        loop {
            match self.next() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => return Ok(()),
                Some(b'\\') => match self.next() {
                    None => return Err(self.error("EOF while parsing a string")),
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                    Some(b'u') => {
                        let Some(hex) = self.bytes.get(self.index..self.index + 4) else {
                            self.index = self.bytes.len();
                            return Err(self.error("EOF while parsing a string"));
                        };
                        self.index += 4;
                        if !hex.iter().all(u8::is_ascii_hexdigit) {
                            return Err(self.error("invalid escape"));
                        }
                    }
                    Some(_) => return Err(self.error("invalid escape")),
                },
                Some(0..=0x1f) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => {}
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.index;
        while let Some(b'0'..=b'9') = self.peek() {
            self.index += 1;
        }
        self.index - start
    }

    fn number(&mut self) -> Step {
        let start = self.index;
        if self.peek() == Some(b'-') {
            self.index += 1;
        }
        match self.next() {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'0') => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.peek_error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(_) => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.index += 1;
            if self.digits() == 0 {
                return Err(match self.peek() {
                    Some(_) => self.peek_error("invalid number"),
                    None => self.peek_error("EOF while parsing a value"),
                });
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.index += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.index += 1;
            }
            match self.next() {
                None => return Err(self.error("EOF while parsing a value")),
                Some(b'0'..=b'9') => {
                    self.digits();
                }
                Some(_) => return Err(self.error("invalid number")),
            }
        }
        if out_of_range(&self.bytes[start..self.index]) {
            return Err(self.error("number out of range"));
        }
        Ok(())
    }

    /// The first byte of the next item of a list or object, after its comma; `Ok(None)`
    /// when `close` ends it.
    fn next_item(
        &mut self,
        first: &mut bool,
        close: u8,
        comma_or_end: &'static str,
        eof: &'static str,
    ) -> Result<Option<Option<u8>>, SyntaxError> {
        let peek = match self.whitespace() {
            Some(byte) if byte == close => {
                self.index += 1;
                return Ok(None);
            }
            Some(b',') if !*first => {
                self.index += 1;
                self.whitespace()
            }
            Some(_) if *first => self.peek(),
            Some(_) => return Err(self.peek_error(comma_or_end)),
            None => return Err(self.peek_error(eof)),
        };
        *first = false;
        match peek {
            Some(byte) if byte == close => Err(self.peek_error("trailing comma")),
            None => Err(self.peek_error("EOF while parsing a value")),
            Some(_) => Ok(Some(peek)),
        }
    }

    fn list(&mut self) -> Step {
        let mut first = true;
        let (comma_or_end, eof) = ("expected `,` or `]`", "EOF while parsing a list");
        while self
            .next_item(&mut first, b']', comma_or_end, eof)?
            .is_some()
        {
            self.value()?;
        }
        Ok(())
    }

    fn object(&mut self) -> Step {
        let mut first = true;
        let (comma_or_end, eof) = ("expected `,` or `}`", "EOF while parsing an object");
        while let Some(peek) = self.next_item(&mut first, b'}', comma_or_end, eof)? {
            if peek != Some(b'"') {
                return Err(self.peek_error("key must be a string"));
            }
            self.index += 1;
            self.string()?;
            match self.whitespace() {
                Some(b':') => self.index += 1,
                Some(_) => return Err(self.peek_error("expected `:`")),
                None => return Err(self.peek_error("EOF while parsing an object")),
            }
            self.value()?;
        }
        Ok(())
    }
}

/// Whether a number literal is too large for a 64-bit float (it would read as infinity).
fn out_of_range(literal: &[u8]) -> bool {
    let (mantissa, exponent) = match literal.iter().position(|b| matches!(b, b'e' | b'E')) {
        Some(e) => (&literal[..e], &literal[e + 1..]),
        None => (literal, &literal[literal.len()..]),
    };
    // The power of ten of the first significant digit.
    let mut power: i64 = 0;
    let mut seen_point = false;
    let mut significant = Vec::new();
    for byte in mantissa {
        match byte {
            b'.' => seen_point = true,
            b'0' if significant.is_empty() => power -= i64::from(seen_point),
            b'0'..=b'9' => {
                if significant.is_empty() {
                    power = if seen_point { power - 1 } else { 0 };
                } else if !seen_point {
                    power += 1;
                }
                significant.push(*byte);
            }
            _ => {}
        }
    }
    if significant.is_empty() {
        return false;
    }
    let mut written: i64 = 0;
    for byte in exponent {
        if byte.is_ascii_digit() {
            written = (written * 10 + i64::from(byte - b'0')).min(1_000_000);
        }
    }
    if exponent.first() == Some(&b'-') {
        written = -written;
    }
    let power = power + written;
    // The largest float is 1.7976931348623157e308; above half a step more reads as infinity.
    power > 308 || (power == 308 && significant.as_slice() >= b"17976931348623158".as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The recognizer against serde_json itself, on every prefix of a dataset and on
    /// a table of broken texts.
    #[track_caller]
    fn same_as_serde_json(text: &str) {
        let ours = first_error(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text)
            .err()
            .map(|error| {
                let message = error.to_string();
                let cut = message.find(" at line ").unwrap_or(message.len());
                (error.line(), error.column(), message[..cut].to_owned())
            });
        let ours = ours.map(|error| (error.line, error.column, error.detail.to_owned()));
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn every_prefix_of_a_dataset_reads_as_serde_json_reads_it() {
        let text = "{\n  \"format\": \"pledgeviz/1\",\n  \"title\": {\"fr\": \"Haïti \\u00e9\\n\", \"en\": \"x\"},\n  \"n\": [-1.5e3, 0, 2E+2, 0.25, true, false, null, []],\n  \"o\": {}\n}\n";
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                same_as_serde_json(&text[..end]);
            }
        }
    }

    #[test]
    fn broken_texts_read_as_serde_json_reads_them() {
        for text in [
            "{ this is not json",
            "<!doctype html>",
            "{\"a\": NaN}",
            "{\"a\": 1,}",
            "[1, 2,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\": 1 \"b\": 2}",
            "{\"a\": tru}",
            "{\"a\": nul",
            "\"\\x\"",
            "\"\\u12G4\"",
            "\"\\u12",
            "\"a\u{1}\"",
            "01",
            "-",
            "-x",
            "1.",
            "1.x",
            "1e",
            "1e+x",
            "[1] 2",
            "1e400",
            "-1e400",
            "1e308",
            "179769313486231580000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "0.00001e309",
            "1e-400",
            "\n\n  {\"a\":\n  x}",
        ] {
            same_as_serde_json(text);
        }
    }

    #[test]
    fn nesting_deeper_than_serde_json_reads_is_refused() {
        same_as_serde_json(&"[".repeat(200));
        same_as_serde_json(&format!("{}{}", "[".repeat(127), "]".repeat(127)));
    }
}
