//! BLAKE2b and BLAKE2s (RFC 7693) in sequential mode, with the digest size, key,
//! salt and personalization parameters `hashlib.blake2b/blake2s` take (the
//! tree-hashing parameters are left at their sequential values).

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The IVs are SHA-512's and SHA-256's.
fn base_iv(wide: bool) -> Vec<u64> {
    super::md::sha2_iv(false, wide)
}

/// The chaining words for the parameter block: digest length, key length,
/// fanout 1, depth 1, salt and personalization (zero-padded).
pub fn iv(wide: bool, size: u8, key_len: usize, salt: &[u8], person: &[u8]) -> Vec<u64> {
    let mut h = base_iv(wide);
    let half = if wide { 16 } else { 8 };
    let mut p = vec![0u8; 4 * half];
    p[0] = size;
    p[1] = key_len as u8;
    p[2] = 1;
    p[3] = 1;
    let salt_at = 2 * half;
    for (i, &b) in salt.iter().take(half).enumerate() {
        p[salt_at + i] = b;
    }
    for (i, &b) in person.iter().take(half).enumerate() {
        p[salt_at + half + i] = b;
    }
    let word = if wide { 8 } else { 4 };
    for (i, w) in h.iter_mut().enumerate() {
        let mut v = 0u64;
        for (j, &b) in p[i * word..(i + 1) * word].iter().enumerate() {
            v |= u64::from(b) << (8 * j);
        }
        *w ^= v;
    }
    h
}

pub fn output(wide: bool, h: &[u64], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    for &w in h {
        if wide {
            out.extend_from_slice(&w.to_le_bytes());
        } else {
            out.extend_from_slice(&(w as u32).to_le_bytes());
        }
    }
    out.truncate(size);
    out
}

macro_rules! blake2_compress {
    ($name:ident, $w:ty, $rounds:expr, $r1:expr, $r2:expr, $r3:expr, $r4:expr) => {
        // The indexed loops follow RFC 7693's notation (v[i], h[i]).
        #[allow(clippy::needless_range_loop)]
        pub fn $name(h: &mut [u64], block: &[u8], counted: u128, last: bool) {
            const BYTES: usize = std::mem::size_of::<$w>();
            let iv: Vec<$w> = base_iv(BYTES == 8).iter().map(|&x| x as $w).collect();
            let mut m = [0 as $w; 16];
            for (i, c) in block.chunks_exact(BYTES).enumerate() {
                let mut b = [0u8; BYTES];
                b.copy_from_slice(c);
                m[i] = <$w>::from_le_bytes(b);
            }
            let mut v = [0 as $w; 16];
            for i in 0..8 {
                v[i] = h[i] as $w;
                v[i + 8] = iv[i];
            }
            let bits = 8 * BYTES as u32;
            v[12] ^= counted as $w;
            v[13] ^= (counted >> bits) as $w;
            if last {
                v[14] = !v[14];
            }
            let g = |v: &mut [$w; 16], a: usize, b: usize, c: usize, d: usize, x: $w, y: $w| {
                v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                v[d] = (v[d] ^ v[a]).rotate_right($r1);
                v[c] = v[c].wrapping_add(v[d]);
                v[b] = (v[b] ^ v[c]).rotate_right($r2);
                v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                v[d] = (v[d] ^ v[a]).rotate_right($r3);
                v[c] = v[c].wrapping_add(v[d]);
                v[b] = (v[b] ^ v[c]).rotate_right($r4);
            };
            for r in 0..$rounds {
                let s = &SIGMA[r % 10];
                g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for i in 0..8 {
                h[i] = u64::from((h[i] as $w) ^ v[i] ^ v[i + 8]);
            }
        }
    };
}

blake2_compress!(compress_b, u64, 12, 32, 24, 16, 63);
blake2_compress!(compress_s, u32, 10, 16, 12, 8, 7);
