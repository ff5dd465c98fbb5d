//! MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4): the Merkle–Damgård hashes of
//! `hashlib`. The chaining words are kept widened to u64 in the shared state.
//!
//! The SHA-2 round constants and initial values are derived here from their
//! definitions (fractional parts of the cube and square roots of the first
//! primes, computed exactly with big integers) rather than typed in; MD5's table
//! is floor(2^32 * |sin(i + 1)|).

use num_bigint::BigUint;
use num_traits::ToPrimitive;
use std::sync::OnceLock;

const PRIMES: [u64; 80] = {
    let mut out = [0u64; 80];
    let mut n = 2u64;
    let mut k = 0;
    while k < 80 {
        let mut d = 2;
        let mut prime = true;
        while d * d <= n {
            if n.is_multiple_of(d) {
                prime = false;
                break;
            }
            d += 1;
        }
        if prime {
            out[k] = n;
            k += 1;
        }
        n += 1;
    }
    out
};

/// The first 64 fractional bits of the `root`-th root of `p`.
fn root_fraction(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = scaled.nth_root(root);
    (r & BigUint::from(u64::MAX)).to_u64().unwrap_or(0)
}

/// SHA-512's 80 round constants (SHA-256's are their high halves).
fn k512() -> &'static [u64; 80] {
    static K: OnceLock<[u64; 80]> = OnceLock::new();
    K.get_or_init(|| {
        let mut k = [0u64; 80];
        for (i, slot) in k.iter_mut().enumerate() {
            *slot = root_fraction(PRIMES[i], 3);
        }
        k
    })
}

fn md5_table() -> &'static [u32; 64] {
    static T: OnceLock<[u32; 64]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u32; 64];
        for (i, slot) in t.iter_mut().enumerate() {
            *slot = ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
        }
        t
    })
}

/// MD5's and SHA-1's initial words (SHA-1 adds a fifth).
pub fn md_iv(sha1: bool) -> Vec<u64> {
    let mut h = vec![0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    if sha1 {
        h.push(0xc3d2e1f0);
    }
    h
}

/// SHA-2's initial words: square roots of primes 1-8 (SHA-256/512) or 9-16
/// (SHA-224/384; SHA-224 takes the low halves of SHA-384's).
pub fn sha2_iv(truncated: bool, wide: bool) -> Vec<u64> {
    static ROOTS: OnceLock<[u64; 16]> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| {
        let mut r = [0u64; 16];
        for (i, slot) in r.iter_mut().enumerate() {
            *slot = root_fraction(PRIMES[i], 2);
        }
        r
    });
    let first = if truncated { 8 } else { 0 };
    (0..8)
        .map(|i| {
            let f = roots[first + i];
            match (wide, truncated) {
                (true, _) => f,
                (false, true) => f & 0xffff_ffff,
                (false, false) => f >> 32,
            }
        })
        .collect()
}

/// The bytes appended before the final block(s): 0x80, zeros, and the message
/// length in bits (64-bit little-endian for MD5, big-endian otherwise; 128-bit
/// for the 128-byte-block SHA-2s).
pub fn padding(md5: bool, block: usize, pending: usize, bits: u128) -> Vec<u8> {
    let len_bytes = if block == 128 { 16 } else { 8 };
    let mut tail = vec![0x80u8];
    while (pending + tail.len()) % block != block - len_bytes {
        tail.push(0);
    }
    if md5 {
        tail.extend_from_slice(&(bits as u64).to_le_bytes());
    } else if block == 128 {
        tail.extend_from_slice(&bits.to_be_bytes());
    } else {
        tail.extend_from_slice(&(bits as u64).to_be_bytes());
    }
    tail
}

/// The digest: the words in the algorithm's byte order, cut to `size`.
pub fn output(md5: bool, wide: bool, h: &[u64], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    for &w in h {
        if wide {
            out.extend_from_slice(&w.to_be_bytes());
        } else if md5 {
            out.extend_from_slice(&(w as u32).to_le_bytes());
        } else {
            out.extend_from_slice(&(w as u32).to_be_bytes());
        }
    }
    out.truncate(size);
    out
}

pub fn md5_block(h: &mut [u64], block: &[u8]) {
    const SHIFTS: [[u32; 4]; 4] = [
        [7, 12, 17, 22],
        [5, 9, 14, 20],
        [4, 11, 16, 23],
        [6, 10, 15, 21],
    ];
    let t = md5_table();
    let mut m = [0u32; 16];
    for (i, c) in block.chunks_exact(4).enumerate() {
        m[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    let (mut a, mut b, mut c, mut d) = (h[0] as u32, h[1] as u32, h[2] as u32, h[3] as u32);
    for i in 0..64 {
        let round = i / 16;
        let (f, g) = match round {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let sum = a.wrapping_add(f).wrapping_add(t[i]).wrapping_add(m[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(sum.rotate_left(SHIFTS[round][i % 4]));
    }
    for (w, v) in h.iter_mut().zip([a, b, c, d]) {
        *w = u64::from((*w as u32).wrapping_add(v));
    }
}

// The indexed loops follow FIPS 180-4's notation (W[t], K[t]).
#[allow(clippy::needless_range_loop)]
pub fn sha1_block(h: &mut [u64], block: &[u8]) {
    let mut w = [0u32; 80];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let mut v = [0u32; 5];
    for (x, &y) in v.iter_mut().zip(h.iter()) {
        *x = y as u32;
    }
    let [mut a, mut b, mut c, mut d, mut e] = v;
    for (i, &wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6u32),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = u64::from((*x as u32).wrapping_add(y));
    }
}

// The indexed loops follow FIPS 180-4's notation (W[t], K[t]).
#[allow(clippy::needless_range_loop)]
pub fn sha256_block(h: &mut [u64], block: &[u8]) {
    let k = k512();
    let mut w = [0u32; 64];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = [0u32; 8];
    for (x, &y) in v.iter_mut().zip(h.iter()) {
        *x = y as u32;
    }
    for i in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add((k[i] >> 32) as u32)
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = u64::from((*x as u32).wrapping_add(y));
    }
}

// The indexed loops follow FIPS 180-4's notation (W[t], K[t]).
#[allow(clippy::needless_range_loop)]
pub fn sha512_block(h: &mut [u64], block: &[u8]) {
    let k = k512();
    let mut w = [0u64; 80];
    for (i, c) in block.chunks_exact(8).enumerate() {
        w[i] = u64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = [0u64; 8];
    v.copy_from_slice(&h[..8]);
    for i in 0..80 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(k[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}
