// Datasets carried in the address itself, for newsrooms with no place to host a file:
//   embed.html#dataset=<base64url of the deflate-raw compressed JSON text>
//   <pledge-viz data-dataset="<the same>">   (embed.js puts it in the iframe's hash)
// The key sits in the hash beside the reader's scenario (`funding.extra=…`, see readState
// in widget.js), which ignores it; a hash is never sent to any server. Unpacked text is
// validated like any other dataset; an address that does not unpack says so in the
// reader's language (the catalogue's `inline_broken`).

/** Unpacked text larger than any valid dataset (5 MiB) is refused before it is read. */
const MAX_TEXT_BYTES = 5 * 1024 * 1024 + 1;

/** A packed dataset that does not unpack; said like the widget's other loading errors. */
class InlineError extends Error {
  constructor(detail) {
    super(`inline_broken: ${detail}`);
  }

  say(words) {
    return words.inline_broken;
  }
}

function toBase64Url(bytes) {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The dataset's JSON text compressed (deflate-raw) and written in base64url. */
export async function pack(json) {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The JSON text of a packed dataset; rejects with an error the widget says. */
export async function unpack(packed) {
  let bytes;
  try {
    bytes = fromBase64Url(packed);
  } catch {
    throw new InlineError('not base64url');
  }
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_TEXT_BYTES) throw new InlineError('too large');
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error instanceof InlineError ? error : new InlineError('not deflate-raw');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks).arrayBuffer());
  } catch {
    throw new InlineError('not UTF-8');
  }
}
