//! `_mempy_hashlib`: the hash functions behind `hashlib` (CPython's `_hashlib`,
//! `_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3` and `_blake2` modules): MD5,
//! SHA-1, SHA-224/256/384/512, SHA3-224/256/384/512, SHAKE-128/256 and
//! BLAKE2b/BLAKE2s (digest size, key, salt, person).
//!
//! Written here rather than taken from crates: the algorithms are short and fixed
//! by their standards, and this keeps the dependency list and the offline build
//! unchanged (as `random`'s own SHA-512 does).
//!
//! A hash object's running state is a bytes object (see [`State`]) that the
//! Python half (`py/hashlib.py`) keeps and passes back: `init` makes one,
//! `update` returns the state after more data, `digest` finishes a copy. So hash
//! objects are plain Python objects: copy() is copying a bytes reference, and
//! there is no native resource to free.

mod blake2;
mod md;
mod sha3;

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_hashlib");
    add_module_fns(
        vm,
        d,
        "_mempy_hashlib",
        &[("init", init), ("update", update), ("digest", digest)],
    );
    m
}

/// The algorithms, by the number `py/hashlib.py` passes (its `_IDS`).
#[derive(Clone, Copy, PartialEq)]
enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
}

const ALGOS: [Algo; 14] = [
    Algo::Md5,
    Algo::Sha1,
    Algo::Sha224,
    Algo::Sha256,
    Algo::Sha384,
    Algo::Sha512,
    Algo::Sha3_224,
    Algo::Sha3_256,
    Algo::Sha3_384,
    Algo::Sha3_512,
    Algo::Shake128,
    Algo::Shake256,
    Algo::Blake2b,
    Algo::Blake2s,
];

impl Algo {
    /// Bytes per compression call (the Keccak rate for SHA-3/SHAKE).
    fn block(self) -> usize {
        match self {
            Algo::Md5 | Algo::Sha1 | Algo::Sha224 | Algo::Sha256 | Algo::Blake2s => 64,
            Algo::Sha384 | Algo::Sha512 | Algo::Blake2b => 128,
            Algo::Sha3_224 => 144,
            Algo::Sha3_256 | Algo::Shake256 => 136,
            Algo::Sha3_384 => 104,
            Algo::Sha3_512 => 72,
            Algo::Shake128 => 168,
        }
    }
}

/// A running hash: the chaining words (u32 ones widened), the count of bytes
/// hashed, and the bytes not yet compressed. Serialized as: algorithm number,
/// digest size, word count, the words (u64 little-endian), the count (u128
/// little-endian), the pending bytes.
struct State {
    algo: Algo,
    size: u8,
    h: Vec<u64>,
    total: u128,
    buf: Vec<u8>,
}

impl State {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(3 + self.h.len() * 8 + 16 + self.buf.len());
        let id = ALGOS.iter().position(|&a| a == self.algo).unwrap_or(0);
        out.push(id as u8);
        out.push(self.size);
        out.push(self.h.len() as u8);
        for w in &self.h {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&self.total.to_le_bytes());
        out.extend_from_slice(&self.buf);
        out
    }

    fn decode(b: &[u8]) -> Option<State> {
        let algo = *ALGOS.get(usize::from(*b.first()?))?;
        let size = *b.get(1)?;
        let n = usize::from(*b.get(2)?);
        let words = b.get(3..3 + n * 8)?;
        let h = words
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
            .collect();
        let t = b.get(3 + n * 8..3 + n * 8 + 16)?;
        let total = u128::from_le_bytes(t.try_into().ok()?);
        let buf = b.get(3 + n * 8 + 16..)?.to_vec();
        Some(State {
            algo,
            size,
            h,
            total,
            buf,
        })
    }

    fn new(algo: Algo, size: u8, key: &[u8], salt: &[u8], person: &[u8]) -> State {
        let h = match algo {
            Algo::Md5 | Algo::Sha1 => md::md_iv(algo == Algo::Sha1),
            Algo::Sha224 | Algo::Sha256 | Algo::Sha384 | Algo::Sha512 => md::sha2_iv(
                algo == Algo::Sha224 || algo == Algo::Sha384,
                algo.block() == 128,
            ),
            Algo::Blake2b | Algo::Blake2s => {
                blake2::iv(algo == Algo::Blake2b, size, key.len(), salt, person)
            }
            _ => vec![0; 25],
        };
        let mut st = State {
            algo,
            size,
            h,
            total: 0,
            buf: Vec::new(),
        };
        if !key.is_empty() {
            // A BLAKE2 key is hashed as a first block of its own, zero-padded.
            let mut block = key.to_vec();
            block.resize(algo.block(), 0);
            st.absorb(&block);
        }
        st
    }

    /// Adds `data`: whole blocks are compressed, the rest kept. BLAKE2 keeps a
    /// full block back, since its last block is compressed differently.
    fn absorb(&mut self, data: &[u8]) {
        let bs = self.algo.block();
        let lazy = matches!(self.algo, Algo::Blake2b | Algo::Blake2s);
        self.buf.extend_from_slice(data);
        let mut start = 0;
        while self.buf.len() - start > bs || (!lazy && self.buf.len() - start == bs) {
            let block = &self.buf[start..start + bs];
            // BLAKE2's counter: bytes hashed up to the end of this block.
            let counted = self.total + (start + bs) as u128;
            compress(self.algo, &mut self.h, block, counted, false);
            start += bs;
        }
        self.buf.drain(..start);
        self.total += (start) as u128;
    }

    /// The digest of what has been absorbed (`len` bytes for SHAKE).
    fn finish(mut self, len: usize) -> Vec<u8> {
        match self.algo {
            Algo::Md5 | Algo::Sha1 | Algo::Sha224 | Algo::Sha256 | Algo::Sha384 | Algo::Sha512 => {
                let bits = (self.total + self.buf.len() as u128) * 8;
                let tail = md::padding(
                    self.algo == Algo::Md5,
                    self.algo.block(),
                    self.buf.len(),
                    bits,
                );
                self.absorb(&tail);
                md::output(
                    self.algo == Algo::Md5,
                    self.algo.block() == 128,
                    &self.h,
                    md_size(self.algo),
                )
            }
            Algo::Blake2b | Algo::Blake2s => {
                let counted = self.total + self.buf.len() as u128;
                let mut block = std::mem::take(&mut self.buf);
                block.resize(self.algo.block(), 0);
                compress(self.algo, &mut self.h, &block, counted, true);
                blake2::output(self.algo == Algo::Blake2b, &self.h, usize::from(self.size))
            }
            _ => {
                let shake = matches!(self.algo, Algo::Shake128 | Algo::Shake256);
                let bs = self.algo.block();
                let mut block = std::mem::take(&mut self.buf);
                block.push(if shake { 0x1f } else { 0x06 });
                block.resize(bs, 0);
                block[bs - 1] |= 0x80;
                compress(self.algo, &mut self.h, &block, 0, true);
                let len = if shake { len } else { usize::from(self.size) };
                sha3::squeeze(&mut self.h, bs, len)
            }
        }
    }
}

/// Digest bytes of the fixed-size Merkle–Damgård hashes.
fn md_size(a: Algo) -> usize {
    match a {
        Algo::Md5 => 16,
        Algo::Sha1 => 20,
        Algo::Sha224 => 28,
        Algo::Sha256 => 32,
        Algo::Sha384 => 48,
        _ => 64,
    }
}

fn compress(algo: Algo, h: &mut [u64], block: &[u8], counted: u128, last: bool) {
    match algo {
        Algo::Md5 => md::md5_block(h, block),
        Algo::Sha1 => md::sha1_block(h, block),
        Algo::Sha224 | Algo::Sha256 => md::sha256_block(h, block),
        Algo::Sha384 | Algo::Sha512 => md::sha512_block(h, block),
        Algo::Blake2b => blake2::compress_b(h, block, counted, last),
        Algo::Blake2s => blake2::compress_s(h, block, counted, last),
        _ => sha3::absorb_block(h, block),
    }
}

/// The bytes object argument `i` (the Python half only passes bytes).
fn bytes_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match args.get(i).and_then(|&v| vm.bytes_data(v)) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error("_mempy_hashlib: bytes argument expected")),
    }
}

fn int_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i).and_then(|&v| vm.heap.small_i64(v)) {
        Some(n) => Ok(n),
        None => Err(vm.type_error("_mempy_hashlib: int argument expected")),
    }
}

fn state_arg(vm: &mut Vm, args: &[Value]) -> PyResult<State> {
    let b = bytes_arg(vm, args, 0)?;
    State::decode(&b).ok_or_else(|| vm.value_error("_mempy_hashlib: bad hash state"))
}

/// `init(algo, digest_size, key, salt, person)`: a new state. Sizes and lengths
/// were checked by the caller against the algorithm's limits.
fn init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = int_arg(vm, args, 0)?;
    let size = int_arg(vm, args, 1)?;
    let key = bytes_arg(vm, args, 2)?;
    let salt = bytes_arg(vm, args, 3)?;
    let person = bytes_arg(vm, args, 4)?;
    let algo = match usize::try_from(id).ok().and_then(|i| ALGOS.get(i)) {
        Some(&a) => a,
        None => return Err(vm.value_error("_mempy_hashlib: unknown algorithm")),
    };
    let limit = match algo {
        Algo::Blake2b => 64,
        Algo::Blake2s => 32,
        _ => 255,
    };
    if !(0..=limit).contains(&size) || key.len() > limit as usize {
        return Err(vm.value_error("_mempy_hashlib: bad digest size or key"));
    }
    let st = State::new(algo, size as u8, &key, &salt, &person);
    Ok(vm.new_bytes(st.encode()))
}

/// `update(state, data)`: the state after `data`.
fn update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut st = state_arg(vm, args)?;
    let data = match args.get(1).and_then(|&v| vm.bytes_data(v)) {
        Some(b) => b.to_vec(),
        None => return Err(vm.type_error("_mempy_hashlib: bytes argument expected")),
    };
    st.absorb(&data);
    Ok(vm.new_bytes(st.encode()))
}

/// `digest(state, length)`: the digest (length matters for SHAKE only).
fn digest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let st = state_arg(vm, args)?;
    let len = int_arg(vm, args, 1)?;
    let len = usize::try_from(len).map_err(|_| vm.value_error("negative digest length"))?;
    Ok(vm.new_bytes(st.finish(len)))
}
