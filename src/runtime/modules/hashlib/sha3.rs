//! SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge. The 25 lanes are the
//! state's words; lane (x, y) is word x + 5y. The round constants and rotation
//! offsets are generated from their definitions (the LFSR and the (x, y) walk
//! of FIPS 202 section 3.2) on first use.

use std::sync::OnceLock;

struct Tables {
    rc: [u64; 24],
    rot: [u32; 25],
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        // rc(t): the output bit of the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1.
        let rc_bit = |t: usize| -> u64 {
            let mut r: u16 = 1;
            for _ in 0..t % 255 {
                r <<= 1;
                if r & 0x100 != 0 {
                    r ^= 0x171;
                }
            }
            u64::from(r & 1)
        };
        let mut rc = [0u64; 24];
        for (round, slot) in rc.iter_mut().enumerate() {
            for j in 0..7 {
                *slot |= rc_bit(j + 7 * round) << ((1usize << j) - 1);
            }
        }
        let mut rot = [0u32; 25];
        let (mut x, mut y) = (1usize, 0usize);
        for t in 0..24u32 {
            rot[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        Tables { rc, rot }
    })
}

fn keccak_f(a: &mut [u64]) {
    let t = tables();
    for &rc in &t.rc {
        // θ
        let mut c = [0u64; 5];
        for (x, cx) in c.iter_mut().enumerate() {
            *cx = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        // ρ and π: B[y, 2x + 3y] = rot(A[x, y])
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(t.rot[x + 5 * y]);
            }
        }
        // χ
        for y in 0..5 {
            for x in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        // ι
        a[0] ^= rc;
    }
}

/// XORs one rate-sized block into the lanes (little-endian) and permutes.
pub fn absorb_block(a: &mut [u64], block: &[u8]) {
    for (i, c) in block.chunks_exact(8).enumerate() {
        a[i] ^= u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    }
    keccak_f(a);
}

/// `len` output bytes from an absorbed (padded) state.
pub fn squeeze(a: &mut [u64], rate: usize, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    loop {
        for lane in a.iter().take(rate / 8) {
            for byte in lane.to_le_bytes() {
                if out.len() == len {
                    return out;
                }
                out.push(byte);
            }
        }
        if out.len() == len {
            return out;
        }
        keccak_f(a);
    }
}
