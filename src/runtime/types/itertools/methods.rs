//! The Python-visible methods of the itertools types: `__new__` (so subclasses
//! work), `__next__` and `__iter__`, the reprs of `count` and `repeat`,
//! `repeat.__length_hint__`, `chain.from_iterable` and `_tee.__copy__` (CPython's
//! method tables in Modules/itertoolsmodule.c). The pickle support is `reduce.rs`.

use super::{Kind, ToolObj, KINDS};
use crate::runtime::builtins::{add_methods, check_method, native, set_in};
use crate::runtime::object::{NativeFn, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

macro_rules! new_fns {
    ($($name:ident => $kind:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            super::new::new_of(vm, Kind::$kind, args, kw)
        })*
    };
}
new_fns!(count_new => Count, cycle_new => Cycle, repeat_new => Repeat,
    accumulate_new => Accumulate, chain_new => Chain, compress_new => Compress,
    dropwhile_new => DropWhile, takewhile_new => TakeWhile, filterfalse_new => FilterFalse,
    groupby_new => GroupBy, grouper_new => Grouper, islice_new => ISlice,
    starmap_new => StarMap, tee_new => Tee, teedata_new => TeeData,
    zip_longest_new => ZipLongest, pairwise_new => Pairwise, product_new => Product,
    permutations_new => Permutations, combinations_new => Combinations,
    cwr_new => CombinationsWithReplacement);

/// The `__new__` of each kind, in `KINDS` order.
const NEWS: [NativeFn; super::N_KINDS] = [
    count_new,
    cycle_new,
    repeat_new,
    accumulate_new,
    chain_new,
    compress_new,
    dropwhile_new,
    takewhile_new,
    filterfalse_new,
    groupby_new,
    grouper_new,
    islice_new,
    starmap_new,
    tee_new,
    teedata_new,
    zip_longest_new,
    pairwise_new,
    product_new,
    permutations_new,
    combinations_new,
    cwr_new,
];

/// Fills the itertools classes' dicts (once: a second import finds them filled).
pub fn install(vm: &mut Vm) {
    let mut types = vm.types;
    types.make_itertools(&mut vm.heap);
    vm.types = types;
    let chain = vm.tool_class(Kind::Chain);
    let filled = match vm.heap.get(chain) {
        Obj::Class(c) => {
            let d = c.dict;
            let k = vm.intern("__next__");
            vm.dict_get_str(d, k).is_some()
        }
        _ => true,
    };
    if filled {
        return;
    }
    for (i, &k) in KINDS.iter().enumerate() {
        let cls = vm.tool_class(k);
        crate::runtime::builtins::add_tp_new(vm, cls, NEWS[i]);
        if k != Kind::TeeData {
            add_methods(
                vm,
                cls,
                &[
                    ("__next__", tool_next),
                    ("__iter__", crate::runtime::types::iter::methods::iter_self),
                ],
            );
        }
        super::reduce::install(vm, k, cls);
    }
    let count = vm.tool_class(Kind::Count);
    add_methods(vm, count, &[("__repr__", tool_repr)]);
    let repeat = vm.tool_class(Kind::Repeat);
    add_methods(
        vm,
        repeat,
        &[
            ("__repr__", tool_repr),
            ("__length_hint__", repeat_length_hint),
        ],
    );
    // The combinatoric types count their index arrays (CPython's `product_sizeof`,
    // ...); `__sizeof__` leaves out the GC header `sys.getsizeof` adds.
    for k in [
        Kind::Product,
        Kind::Permutations,
        Kind::Combinations,
        Kind::CombinationsWithReplacement,
    ] {
        let cls = vm.tool_class(k);
        add_methods(vm, cls, &[("__sizeof__", tool_sizeof)]);
    }
    let tee = vm.tool_class(Kind::Tee);
    add_methods(vm, tee, &[("__copy__", tee_copy)]);
    let f = native(vm, "from_iterable", super::new::chain_from_iterable);
    let cm = vm.heap.new_value(Obj::ClassMethod(f, None));
    if let Obj::Class(c) = vm.heap.get(chain) {
        let d = c.dict;
        set_in(vm, d, "from_iterable", cm);
    }
}

/// `__next__()` of an itertools object.
fn tool_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__next__", args, 0, 0)?;
    if let Some(old) = vm.stop_stash.take() {
        vm.decref(old);
    }
    vm.want_stop = true;
    let r = vm.iter_next(args[0]);
    vm.want_stop = false;
    let stashed = vm.stop_stash.take();
    match r? {
        Some(v) => {
            if let Some(s) = stashed {
                vm.decref(s);
            }
            Ok(v)
        }
        None => match stashed {
            Some(e) => Err(crate::runtime::vm::PyErr(e)),
            None => Err(vm.err_noargs("StopIteration")),
        },
    }
}

/// `repr()` of `count` and `repeat` (`__repr__` and `repr(x)` both come here).
fn tool_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__repr__", args, 0, 0)?;
    let s = vm.iter_repr(args[0])?;
    Ok(vm.new_str(s))
}

impl Vm {
    /// The repr of an itertools object: `count(...)` and `repeat(...)` show their
    /// state (CPython's `count_repr`, `repeat_repr`), the others are
    /// `<itertools.chain object at 0x...>`.
    pub(crate) fn tool_repr(&mut self, v: Value) -> PyResult<String> {
        let Value::Obj(r) = v else {
            return Ok(String::new());
        };
        match self.tool_ref(r) {
            Some(ToolObj::Count { cur, step, .. }) => {
                let (cur, step) = (*cur, *step);
                let c = self.repr(cur)?;
                if self.is_int(step) && self.as_i64(self.unwrap_payload(step)) == Some(1) {
                    return Ok(format!("count({})", c));
                }
                let s = self.repr(step)?;
                Ok(format!("count({}, {})", c, s))
            }
            Some(ToolObj::Repeat { obj, left }) => {
                let (obj, left) = (*obj, *left);
                let o = self.repr(obj)?;
                Ok(if left < 0 {
                    format!("repeat({})", o)
                } else {
                    format!("repeat({}, {})", o, left)
                })
            }
            _ => {
                let tn = self.type_name(v);
                Ok(format!("<{} object at {}>", tn, self.addr(v)))
            }
        }
    }
}

/// `repeat.__length_hint__()`: how many are left; an endless repeat has no length.
fn repeat_length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__length_hint__", args, 0, 0)?;
    let left = match args[0] {
        Value::Obj(r) => match vm.tool_ref(r) {
            Some(ToolObj::Repeat { left, .. }) => *left,
            _ => 0,
        },
        _ => 0,
    };
    if left < 0 {
        return Err(vm.type_error("len() of unsized object"));
    }
    Ok(vm.int(left))
}

/// `_tee.__copy__()`.
fn tee_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__copy__", args, 0, 0)?;
    Ok(vm.tee_copy(args[0]))
}

/// `__sizeof__()` of the combinatoric iterators.
fn tool_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__sizeof__", args, 0, 0)?;
    let n = match args[0] {
        Value::Obj(r) => vm.tool_ref(r).map_or(16, |t| t.sizeof()),
        _ => 16,
    };
    Ok(vm.int(n as i64 - 16))
}
