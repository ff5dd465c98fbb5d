//! The `random` module: CPython's generator, bit for bit. Two halves, as in CPython:
//!
//! * this file is `Modules/_randommodule.c`: the Mersenne Twister core (`random/mt.rs`)
//!   and the methods of the base class `_random.Random` — `seed` (of None, an int, or
//!   the hash of anything else), `random`, `getrandbits`, `getstate`, `setstate` —
//!   plus a native `_randbelow` equal to `Lib/random.py`'s `_randbelow_with_getrandbits`
//!   for the default generator, `bisect_right` (for `choices` and `sample(counts=)`),
//!   and the SHA-512 that version-2 string seeds need (`random/sha512.rs`);
//! * `py/random.py` is `Lib/random.py`: `Random` (seeding of str/bytes, the integer,
//!   sequence and real-valued methods, `__init_subclass__` choosing how a subclass
//!   draws integers), `SystemRandom`, and the module-level functions bound to a hidden
//!   instance. It runs in this module's namespace.
//!
//! A generator's state is a 2500-byte `bytearray` in the instance attribute
//! `_mt_state` (CPython keeps it inside the object; mempy instances have no native
//! payload of their own), created on first use.

mod mt;
mod sha512;

use crate::runtime::builtins::{add_fns, new_module, set_in};
use crate::runtime::object::{BuiltinFn, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

/// The Python half (CPython's Lib/random.py, rewritten for mempy).
const PY_SRC: &str = include_str!("py/random.py");

/// The instance attribute holding a generator's state buffer.
const STATE_ATTR: &str = "_mt_state";

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "random");
    add_fns(
        vm,
        d,
        &[
            ("_install_core", install_core),
            ("_bisect", bisect_right),
            ("_sha512", sha512_digest),
            ("_urandom", urandom),
        ],
    );
    let key = vm.new_str("random");
    let mods = Value::Obj(vm.modules);
    let r = vm.dict_set_item(mods, key, m);
    if let Err(e) = r.and_then(|_| super::pysrc::exec_in(vm, "random", PY_SRC, d)) {
        let _ = vm.dict_del_item(mods, key);
        vm.decref(key);
        vm.decref(m);
        return Err(e);
    }
    vm.decref(key);
    Ok(m)
}

/// `_install_core(cls)`: makes `cls` the generator base class (`_random.Random`) by
/// adding the native methods to it; they check that their receiver is an instance.
fn install_core(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => return Err(vm.type_error("_install_core() needs a class")),
    };
    let Obj::Class(c) = vm.heap.get(cls) else {
        unreachable!()
    };
    let dict = c.dict;
    let methods: [(&'static str, crate::runtime::object::NativeFn); 6] = [
        ("seed", core_seed),
        ("random", core_random),
        ("getrandbits", core_getrandbits),
        ("getstate", core_getstate),
        ("setstate", core_setstate),
        ("_randbelow_fast", core_randbelow),
    ];
    for (name, f) in methods {
        let v = vm.heap.new_value(Obj::Builtin(Box::new(BuiltinFn {
            name,
            f,
            self_: Value::Undef,
            owner: Some(cls),
            plain: false,
            objclass: Some(cls),
        })));
        set_in(vm, dict, name, v);
    }
    vm.invalidate_method_cache();
    Ok(Value::None)
}

// ----- the state buffer ----------------------------------------------------------------

/// The state buffer of generator `obj` (borrowed), made (all zero, as CPython's
/// freshly allocated object) if it has none yet.
fn state_of(vm: &mut Vm, obj: Value) -> PyResult<ObjRef> {
    let name = vm.intern(STATE_ATTR);
    if let Value::Obj(r) = obj {
        if let Some(Value::Obj(b)) = vm.inst_attr(r, name) {
            if matches!(vm.heap.get(b), Obj::ByteArray(a) if a.data.len() == mt::STATE_BYTES) {
                return Ok(b);
            }
        }
    }
    let buf = vm.new_bytearray(vec![0; mt::STATE_BYTES]);
    let r = vm.set_attr(obj, name, Some(buf));
    vm.decref(buf);
    r?;
    match obj {
        Value::Obj(r) => match vm.inst_attr(r, name) {
            Some(Value::Obj(b)) if matches!(vm.heap.get(b), Obj::ByteArray(_)) => Ok(b),
            _ => Err(vm.type_error("random state unavailable")),
        },
        _ => Err(vm.type_error("random state unavailable")),
    }
}

/// Runs `f` on the state bytes of generator `obj`.
fn with_state<T>(vm: &mut Vm, obj: Value, f: impl FnOnce(&mut [u8]) -> T) -> PyResult<T> {
    let b = state_of(vm, obj)?;
    match vm.heap.get_mut(b) {
        Obj::ByteArray(a) => Ok(f(&mut a.data)),
        _ => unreachable!(),
    }
}

/// Argument-count check in the words of CPython's `_random.Random` methods.
fn arity(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("Random.{}() takes no keyword arguments", name)));
    }
    let given = args.len().saturating_sub(1);
    if given != n {
        let msg = match n {
            0 => format!("Random.{}() takes no arguments ({} given)", name, given),
            _ => format!(
                "Random.{}() takes exactly one argument ({} given)",
                name, given
            ),
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// An int argument (bool and int subclasses included) as a BigInt.
fn int_value(vm: &mut Vm, v: Value) -> Option<BigInt> {
    let v = vm.payload_of(v).unwrap_or(v);
    vm.as_bigint(v)
}

/// A C `int` argument (CPython's `"i"` format).
fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match int_value(vm, v) {
        Some(i) => match i.to_i32() {
            Some(n) => Ok(n as i64),
            None => Err(vm.overflow_error("Python int too large to convert to C int")),
        },
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )))
        }
    }
}

/// Random bytes from the OS (`/dev/urandom`), or a time-and-pid mix when that is
/// unavailable.
fn os_random_bytes(n: usize) -> Vec<u8> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut buf).is_ok() {
            return buf;
        }
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut x = t ^ ((std::process::id() as u64) << 32) ^ 0x9e37_79b9_7f4a_7c15;
    for b in buf.iter_mut() {
        // splitmix64 over the time/pid seed
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        *b = (z ^ (z >> 31)) as u8;
    }
    buf
}

// ----- the methods of `_random.Random` ----------------------------------------------------

/// `seed(n=None)`: None seeds from OS randomness; an int by its absolute value; any
/// other object by its hash taken as an unsigned 64-bit number. The number's 32-bit
/// words, least significant first (one zero word for 0), go to `init_by_array`.
fn core_seed(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let me = args[0];
    let key: Vec<u32> = match args.get(1).copied() {
        None | Some(Value::None) => os_random_bytes(mt::N * 4)
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect(),
        Some(v) => {
            let n = match int_value(vm, v) {
                Some(i) => i.abs(),
                None => BigInt::from(vm.hash(v)? as u64),
            };
            let (_, digits) = n.to_u32_digits();
            if digits.is_empty() {
                vec![0]
            } else {
                digits
            }
        }
    };
    with_state(vm, me, |s| mt::seed_by_array(s, &key))?;
    Ok(Value::None)
}

/// `random()`: the next float in [0.0, 1.0).
fn core_random(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() != 1 || !kw.is_empty() {
        arity(vm, "random", args, kw, 0)?;
    }
    let n = with_state(vm, args[0], mt::next_f64)?;
    Ok(vm.float(n))
}

/// `k` random bits as an int.
fn randbits(vm: &mut Vm, me: Value, k: usize) -> PyResult<Value> {
    if k == 0 {
        return Ok(vm.int(0));
    }
    if k <= 63 {
        let r = with_state(vm, me, |s| mt::bits_u64(s, k as u32))?;
        return Ok(vm.int(r as i64));
    }
    let words = with_state(vm, me, |s| mt::bits_words(s, k))?;
    Ok(vm.new_int(BigInt::from_biguint(Sign::Plus, BigUint::new(words))))
}

/// `getrandbits(k)`: an int with `k` random bits.
fn core_getrandbits(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "getrandbits", args, kw, 1)?;
    let k = c_int(vm, args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    randbits(vm, args[0], k as usize)
}

/// `_randbelow(n)`: an int in [0, n) by rejection sampling on `n.bit_length()` random
/// bits (Lib/random.py's `_randbelow_with_getrandbits` with this class's getrandbits).
fn core_randbelow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "_randbelow", args, kw, 1)?;
    let me = args[0];
    let n = match vm.scalar(args[1]) {
        crate::value::Scalar::Int(n) => n,
        _ => match int_value(vm, args[1]) {
            Some(b) => match b.to_i64() {
                Some(n) => n,
                None if b.is_positive() => {
                    let k = b.bits() as usize;
                    loop {
                        let words = with_state(vm, me, |s| mt::bits_words(s, k))?;
                        let r = BigInt::from_biguint(Sign::Plus, BigUint::new(words));
                        if r < b {
                            return Ok(vm.new_int(r));
                        }
                    }
                }
                None => 0,
            },
            None => {
                let tn = vm.type_name(args[1]);
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                )));
            }
        },
    };
    if n <= 0 {
        // Lib/random.py would loop forever; no caller passes this.
        return Err(vm.value_error("_randbelow() needs a positive bound"));
    }
    let n = n as u64;
    let k = 64 - n.leading_zeros();
    let r = with_state(vm, me, |s| loop {
        let r = mt::bits_u64(s, k);
        if r < n {
            break r;
        }
    })?;
    Ok(vm.int(r as i64))
}

/// `getstate()`: the 624 state words and the index, as a tuple of 625 ints.
fn core_getstate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "getstate", args, kw, 0)?;
    let (words, index) = with_state(vm, args[0], |s| (mt::words(s), mt::index(s)))?;
    let mut items: Vec<Value> = words.iter().map(|&w| vm.int(w as i64)).collect();
    items.push(vm.int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `setstate(state)`: restores what `getstate` returned, with CPython's checks.
fn core_setstate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    arity(vm, "setstate", args, kw, 1)?;
    let items: Vec<Value> = match args[1] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) => t.to_vec(),
            _ => return Err(vm.type_error("state vector must be a tuple")),
        },
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != mt::N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; mt::N];
    for (w, &v) in words.iter_mut().zip(&items) {
        // PyLong_AsUnsignedLong, truncated to 32 bits.
        let Some(i) = int_value(vm, v) else {
            return Err(vm.type_error("an integer is required"));
        };
        if i.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Some(u) = i.to_u64() else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        *w = u as u32;
    }
    let last = items[mt::N];
    let index = match int_value(vm, last) {
        Some(i) => match i.to_i64() {
            Some(n) => n,
            None => return Err(vm.overflow_error("Python int too large to convert to C long")),
        },
        None => {
            let tn = vm.type_name(last);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                tn
            )));
        }
    };
    if !(0..=mt::N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    with_state(vm, args[0], |s| mt::store(s, &words, index as u32))?;
    Ok(Value::None)
}

// ----- module helpers --------------------------------------------------------------------

/// `_sha512(data)`: the SHA-512 digest of a bytes or bytearray, as bytes.
fn sha512_digest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = match args.first().and_then(|&v| vm.bytes_data(v)) {
        Some(data) => sha512::digest(data),
        None => return Err(vm.type_error("_sha512() needs a bytes-like object")),
    };
    Ok(vm.new_bytes(d.to_vec()))
}

/// `_bisect(a, x, lo=0, hi=len(a))`: `bisect.bisect_right` — the first position in
/// `a[lo:hi]` whose item is greater than `x` (compared as `x < a[mid]`, as CPython's
/// `_bisect` does).
fn bisect_right(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error("_bisect() takes from 2 to 4 arguments"));
    }
    let (a, x) = (args[0], args[1]);
    let mut lo = match args.get(2) {
        Some(&v) => c_int(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut hi = match args.get(3) {
        Some(&v) if !matches!(v, Value::None) => c_int(vm, v)?,
        _ => crate::runtime::builtins::functions::length(vm, a)? as i64,
    };
    while lo < hi {
        let mid = (lo + hi) / 2;
        let midv = vm.int(mid);
        let item = vm.get_item(a, midv);
        vm.decref(midv);
        let item = item?;
        let res = vm.rich_compare(x, item, crate::bytecode::CmpOp::Lt);
        vm.decref(item);
        let res = res?;
        let less = vm.truthy(res);
        vm.decref(res);
        if less? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(vm.int(lo))
}

/// `_urandom(n)`: `n` bytes from the OS (`os.urandom`).
fn urandom(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = match args.first() {
        Some(&v) => c_int(vm, v)?,
        None => return Err(vm.type_error("urandom() missing required argument 'size' (pos 1)")),
    };
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let data = os_random_bytes(n as usize);
    Ok(vm.new_bytes(data))
}

#[cfg(test)]
mod tests {
    use super::mt;

    fn seeded(key: &[u32]) -> Vec<u8> {
        let mut s = vec![0u8; mt::STATE_BYTES];
        mt::seed_by_array(&mut s, key);
        s
    }

    #[test]
    fn reference_outputs() {
        // The MT19937 reference program (mt19937ar.c) seeds with
        // init_by_array({0x123, 0x234, 0x345, 0x456}) and prints these first outputs.
        let mut s = seeded(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt::next_u32(&mut s)).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
        // CPython: random.seed(42); random.random() == 0.6394267984578837
        let mut s = seeded(&[42]);
        assert_eq!(mt::next_f64(&mut s), 0.6394267984578837);
    }
}
