//! The Mersenne Twister MT19937 (Matsumoto & Nishimura), as CPython's `_random` module
//! runs it: `init_genrand`, `init_by_array`, the 32-bit output with its tempering,
//! and the 53-bit float `genrand_res53`.
//!
//! The state lives in a Python `bytearray` of [`STATE_BYTES`] bytes owned by the
//! `Random` instance: the 624 state words, then the index of the next word, each a
//! little-endian u32. Drawing a number reads and writes that buffer in place; only
//! the twist (every 624 words) works on a decoded copy.

pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Size of a state buffer: N words plus the index.
pub const STATE_BYTES: usize = (N + 1) * 4;

#[inline]
fn rd(s: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([s[4 * i], s[4 * i + 1], s[4 * i + 2], s[4 * i + 3]])
}

#[inline]
fn wr(s: &mut [u8], i: usize, v: u32) {
    s[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
}

/// The state words of a buffer.
pub fn words(s: &[u8]) -> [u32; N] {
    let mut mt = [0u32; N];
    for (i, w) in mt.iter_mut().enumerate() {
        *w = rd(s, i);
    }
    mt
}

/// The index word of a buffer.
pub fn index(s: &[u8]) -> u32 {
    rd(s, N)
}

/// Overwrites a buffer with the given words and index.
pub fn store(s: &mut [u8], mt: &[u32; N], index: u32) {
    for (i, &w) in mt.iter().enumerate() {
        wr(s, i, w);
    }
    wr(s, N, index);
}

#[inline]
fn mix(a: u32, b: u32, far: u32) -> u32 {
    let y = (a & UPPER_MASK) | (b & LOWER_MASK);
    far ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
}

/// Regenerates all N words.
fn twist(mt: &mut [u32; N]) {
    for k in 0..N - M {
        mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
    }
    for k in N - M..N - 1 {
        mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
    }
    mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
}

/// The next tempered 32-bit output (CPython's `genrand_uint32`).
pub fn next_u32(s: &mut [u8]) -> u32 {
    let mut i = rd(s, N) as usize;
    if i >= N {
        let mut mt = words(s);
        twist(&mut mt);
        store(s, &mt, 0);
        i = 0;
    }
    let mut y = rd(s, i);
    wr(s, N, i as u32 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// A float in [0, 1) with 53 random bits (CPython's `genrand_res53`): 27 high bits
/// of one word and 26 of the next.
pub fn next_f64(s: &mut [u8]) -> f64 {
    let a = next_u32(s) >> 5;
    let b = next_u32(s) >> 6;
    (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)
}

/// `init_genrand`: the state a single 32-bit seed gives.
fn init_genrand(seed: u32) -> [u32; N] {
    let mut mt = [0u32; N];
    mt[0] = seed;
    for i in 1..N {
        let p = mt[i - 1];
        mt[i] = 1_812_433_253u32
            .wrapping_mul(p ^ (p >> 30))
            .wrapping_add(i as u32);
    }
    mt
}

/// `init_by_array`: seeds a buffer from a key of 32-bit words (least significant
/// word of the seed first).
pub fn seed_by_array(s: &mut [u8], key: &[u32]) {
    let mut mt = init_genrand(19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    let len = key.len().max(1);
    for _ in 0..N.max(len) {
        let p = mt[i - 1];
        mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(key.get(j).copied().unwrap_or(0))
            .wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= len {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let p = mt[i - 1];
        mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    store(s, &mt, N as u32);
}

/// `getrandbits(k)` for k > 0 as little-endian 32-bit words: one output per word,
/// least significant word first; the last (most significant) word keeps only the
/// top bits of its output.
pub fn bits_words(s: &mut [u8], k: usize) -> Vec<u32> {
    let n = k.div_ceil(32);
    let mut out = Vec::with_capacity(n);
    let mut left = k;
    for _ in 0..n {
        let mut r = next_u32(s);
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left = left.saturating_sub(32);
    }
    out
}

/// `getrandbits(k)` for 0 < k <= 64, as one number.
#[inline]
pub fn bits_u64(s: &mut [u8], k: u32) -> u64 {
    if k <= 32 {
        (next_u32(s) >> (32 - k)) as u64
    } else {
        let lo = next_u32(s) as u64;
        let hi = (next_u32(s) >> (64 - k)) as u64;
        (hi << 32) | lo
    }
}
