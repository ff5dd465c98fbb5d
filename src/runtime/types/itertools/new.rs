//! Making itertools objects: each type's constructor (CPython's `count_new`,
//! `chain_new`, `islice_new`, `product_new`, ... in Modules/itertoolsmodule.c) with
//! its argument checks and messages, `chain.from_iterable`, and the `tee()`
//! function. `tool_new` makes an exact instance; `new_of` is what a type's
//! `__new__` runs, wrapping it for a subclass (`class C(itertools.chain)`) the way
//! `enumerate`'s and `map`'s subclasses are wrapped (types/class/subclass.rs).

use super::{Kind, ToolObj, LINKCELLS};
use crate::runtime::builtins::int_arg;
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// A new itertools object holding `t` (its references moved in).
    pub(crate) fn new_tool(&mut self, t: ToolObj) -> Value {
        self.heap
            .new_value(Obj::Iter(Box::new(IterObj::Tool(Box::new(t)))))
    }

    /// The itertools kind of the builtin class `cls`, if it is one of them.
    pub(crate) fn tool_kind_of_class(&self, cls: ObjRef) -> Option<Kind> {
        if self.types.itertools[0].0 == 0 {
            return None;
        }
        self.types
            .itertools
            .iter()
            .position(|&c| c == cls)
            .map(|i| super::KINDS[i])
    }

    /// The class of itertools kind `k`.
    pub(crate) fn tool_class(&self, k: Kind) -> ObjRef {
        self.types.itertools[k as usize]
    }
}

/// `type.__new__(cls, *args)` of an itertools type `k`: an exact object, or for a
/// subclass an instance wrapping one.
pub(crate) fn new_of(vm: &mut Vm, k: Kind, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let owner = vm.tool_class(k);
    let cls = vm.new_target(owner, args)?;
    // A subclass with its own `__init__` may take keywords `__new__` ignores
    // (CPython checks keywords only when `tp_init` is the base's).
    let kw = if cls != owner && vm.py_defines(cls, "__init__") && takes_no_keywords(k) {
        &[][..]
    } else {
        kw
    };
    let value = tool_new(vm, k, &args[1..], kw)?;
    if cls == owner {
        return Ok(value);
    }
    Ok(vm.new_payload_instance(cls, value))
}

/// The types whose constructors reject keyword arguments.
fn takes_no_keywords(k: Kind) -> bool {
    matches!(
        k,
        Kind::Cycle
            | Kind::Chain
            | Kind::DropWhile
            | Kind::TakeWhile
            | Kind::FilterFalse
            | Kind::ISlice
            | Kind::StarMap
            | Kind::Pairwise
            | Kind::Tee
            | Kind::Grouper
            | Kind::TeeData
    )
}

/// Calls the itertools class of kind `k` (exact type): its constructor.
pub fn tool_new(vm: &mut Vm, k: Kind, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let name = k.name();
    if takes_no_keywords(k) && !kw.is_empty() {
        let shown = match k {
            Kind::TeeData => "teedataobject",
            _ => name,
        };
        return Err(vm.type_error(format!("{}() takes no keyword arguments", shown)));
    }
    match k {
        Kind::Count => {
            let [start, step] = parse(vm, "count", args, kw, &["start", "step"], 0, "")?;
            count_new(vm, start, step)
        }
        Kind::Cycle => {
            positional(vm, "cycle", args, 1, 1)?;
            let it = vm.get_iter(args[0])?;
            let saved = vm.new_list(vec![]);
            Ok(vm.new_tool(ToolObj::Cycle {
                it,
                saved,
                index: 0,
                firstpass: false,
            }))
        }
        Kind::Repeat => {
            let [obj, times] = parse(vm, "repeat", args, kw, &["object", "times"], 1, "")?;
            let left = if times.is_undef() {
                -1
            } else {
                int_arg(vm, times)?.max(0)
            };
            vm.incref(obj);
            Ok(vm.new_tool(ToolObj::Repeat { obj, left }))
        }
        Kind::Accumulate => {
            let [iterable, func, initial] = parse(
                vm,
                "accumulate",
                args,
                kw,
                &["iterable", "func", "*initial"],
                1,
                "positional ",
            )?;
            let it = vm.get_iter(iterable)?;
            let func = if func.is_undef() { Value::None } else { func };
            let initial = if initial.is_undef() {
                Value::None
            } else {
                initial
            };
            vm.incref(func);
            vm.incref(initial);
            Ok(vm.new_tool(ToolObj::Accumulate {
                it,
                func,
                total: Value::Undef,
                initial,
            }))
        }
        Kind::Chain => {
            // The iterables are reached lazily: `chain([1], 2)` fails at the 2.
            let t = vm.new_tuple(args.to_vec());
            for &a in args {
                vm.incref(a);
            }
            let source = vm.get_iter(t);
            vm.decref(t);
            Ok(vm.new_tool(ToolObj::Chain {
                source: source?,
                active: Value::Undef,
            }))
        }
        Kind::Compress => {
            let [data, sel] = parse(vm, "compress", args, kw, &["data", "selectors"], 2, "")?;
            let data = vm.get_iter(data)?;
            let selectors = match vm.get_iter(sel) {
                Ok(s) => s,
                Err(e) => {
                    vm.decref(data);
                    return Err(e);
                }
            };
            Ok(vm.new_tool(ToolObj::Compress { data, selectors }))
        }
        Kind::DropWhile | Kind::TakeWhile | Kind::FilterFalse | Kind::StarMap => {
            positional(vm, name, args, 2, 2)?;
            let it = vm.get_iter(args[1])?;
            let func = args[0];
            vm.incref(func);
            Ok(vm.new_tool(match k {
                Kind::DropWhile => ToolObj::DropWhile {
                    func,
                    it,
                    started: false,
                },
                Kind::TakeWhile => ToolObj::TakeWhile {
                    func,
                    it,
                    stopped: false,
                },
                Kind::FilterFalse => ToolObj::FilterFalse { func, it },
                _ => ToolObj::StarMap { func, it },
            }))
        }
        Kind::GroupBy => {
            let [iterable, key] = parse(vm, "groupby", args, kw, &["iterable", "key"], 1, "")?;
            let it = vm.get_iter(iterable)?;
            let keyfunc = if key.is_undef() { Value::None } else { key };
            vm.incref(keyfunc);
            Ok(vm.new_tool(ToolObj::GroupBy {
                it,
                keyfunc,
                tgtkey: Value::Undef,
                currkey: Value::Undef,
                currvalue: Value::Undef,
                group: 0,
            }))
        }
        Kind::Grouper => {
            positional(vm, "_grouper", args, 2, 2)?;
            let parent = args[0];
            if vm.tool_kind(parent) != Some(Kind::GroupBy) {
                let tn = vm.type_name(parent);
                return Err(vm.type_error(format!(
                    "_grouper() argument 1 must be itertools.groupby, not {}",
                    tn
                )));
            }
            Ok(vm.new_grouper(parent, args[1]))
        }
        Kind::ISlice => islice_new(vm, args),
        Kind::Tee => {
            positional(vm, "_tee", args, 1, 1)?;
            let it = vm.get_iter(args[0])?;
            let r = tee_from_iterator(vm, it);
            vm.decref(it);
            Ok(r)
        }
        Kind::TeeData => teedata_new(vm, args),
        Kind::ZipLongest => {
            let mut fill = Value::None;
            if !kw.is_empty() {
                match kw {
                    [(k, v)] if vm.heap.str(*k) == "fillvalue" => fill = *v,
                    _ => {
                        return Err(
                            vm.type_error("zip_longest() got an unexpected keyword argument")
                        )
                    }
                }
            }
            let mut its = Vec::with_capacity(args.len());
            for &a in args {
                match vm.get_iter(a) {
                    Ok(i) => its.push(i),
                    Err(e) => {
                        for i in its {
                            vm.decref(i);
                        }
                        return Err(e);
                    }
                }
            }
            vm.incref(fill);
            let active = its.len();
            Ok(vm.new_tool(ToolObj::ZipLongest { its, active, fill }))
        }
        Kind::Pairwise => {
            positional(vm, "pairwise", args, 1, 1)?;
            let it = vm.get_iter(args[0])?;
            Ok(vm.new_tool(ToolObj::Pairwise {
                it,
                old: Value::Undef,
            }))
        }
        Kind::Product => product_new(vm, args, kw),
        Kind::Permutations => {
            let [iterable, robj] = parse(vm, "permutations", args, kw, &["iterable", "r"], 1, "")?;
            let pool = as_tuple(vm, iterable)?;
            let n = vm.tuple_len(pool);
            let r = if robj.is_undef() || matches!(robj, Value::None) {
                n as i64
            } else if vm.is_int(robj) {
                match int_arg(vm, robj) {
                    Ok(r) => r,
                    Err(e) => {
                        vm.decref(pool);
                        return Err(e);
                    }
                }
            } else {
                vm.decref(pool);
                return Err(vm.type_error("Expected int as r"));
            };
            if r < 0 {
                vm.decref(pool);
                return Err(vm.value_error("r must be non-negative"));
            }
            let r = r as usize;
            let stopped = r > n;
            if stopped && r > isize::MAX as usize / 16 {
                vm.decref(pool);
                return Err(vm.err_noargs("MemoryError"));
            }
            Ok(vm.new_tool(ToolObj::Permutations {
                pool,
                r,
                indices: (0..n).collect(),
                cycles: (0..r).map(|i| n.saturating_sub(i)).collect(),
                result: Value::Undef,
                stopped,
            }))
        }
        Kind::Combinations | Kind::CombinationsWithReplacement => {
            let [iterable, robj] = parse(vm, name, args, kw, &["iterable", "r"], 2, "")?;
            let pool = as_tuple(vm, iterable)?;
            let r = match int_arg(vm, robj) {
                Ok(r) => r,
                Err(e) => {
                    vm.decref(pool);
                    return Err(e);
                }
            };
            if r < 0 {
                vm.decref(pool);
                return Err(vm.value_error("r must be non-negative"));
            }
            let n = vm.tuple_len(pool);
            let r = r as usize;
            let with_replacement = k == Kind::CombinationsWithReplacement;
            let stopped = if with_replacement {
                n == 0 && r > 0
            } else {
                r > n
            };
            if r > (1 << 40) {
                // CPython allocates the index array first: MemoryError.
                vm.decref(pool);
                return Err(vm.err_noargs("MemoryError"));
            }
            let indices = if with_replacement {
                vec![0; r]
            } else {
                (0..r).collect()
            };
            Ok(vm.new_tool(ToolObj::Combinations {
                pool,
                r,
                indices,
                result: Value::Undef,
                stopped,
                with_replacement,
            }))
        }
    }
}

/// `count(start=0, step=1)` (both borrowed; Undef when not given).
fn count_new(vm: &mut Vm, start: Value, step: Value) -> PyResult<Value> {
    let start_ok = start.is_undef() || vm.is_number(start);
    let step_ok = step.is_undef() || vm.is_number(step);
    if !start_ok || !step_ok {
        return Err(vm.type_error("a number is required"));
    }
    // CPython's fast mode: an int start (or none) stepping by the int 1. A bool is
    // an int there, and the count goes on as plain ints.
    let step_is_one = step.is_undef() || (vm.is_int(step) && vm.as_i64(step) == Some(1));
    let start_int = start.is_undef() || vm.is_int(start);
    if step_is_one && start_int {
        let n = if start.is_undef() {
            Some(0)
        } else {
            vm.as_i64(vm.unwrap_payload(start))
        };
        if let Some(n) = n.filter(|&n| n < i64::MAX) {
            let cur = vm.int(n);
            let step = vm.int(1);
            return Ok(vm.new_tool(ToolObj::Count {
                cur,
                step,
                fast: true,
            }));
        }
    }
    let cur = if start.is_undef() {
        vm.int(0)
    } else {
        vm.incref(start);
        start
    };
    let step = if step.is_undef() {
        vm.int(1)
    } else {
        vm.incref(step);
        step
    };
    Ok(vm.new_tool(ToolObj::Count {
        cur,
        step,
        fast: false,
    }))
}

/// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
fn islice_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        let (w, n) = if args.len() < 2 {
            ("least", 2)
        } else {
            ("most", 4)
        };
        return Err(vm.type_error(format!(
            "islice expected at {} {} arguments, got {}",
            w,
            n,
            args.len()
        )));
    }
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    // `PyNumber_AsSsize_t` with its error cleared: what is not an index is -1.
    let index_or_minus_one = |vm: &mut Vm, v: Value| -> PyResult<i64> {
        match int_arg(vm, v) {
            Ok(i) => Ok(i),
            Err(e) => {
                vm.decref(e.0);
                Ok(-1)
            }
        }
    };
    if args.len() == 2 {
        if !matches!(args[1], Value::None) {
            stop = index_or_minus_one(vm, args[1])?;
            if stop == -1 {
                return Err(vm.value_error(stop_msg));
            }
        }
    } else {
        if !matches!(args[1], Value::None) {
            start = index_or_minus_one(vm, args[1])?;
        }
        if !matches!(args[2], Value::None) {
            stop = index_or_minus_one(vm, args[2])?;
            if stop == -1 {
                return Err(vm.value_error(stop_msg));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if args.len() == 4 {
        if !matches!(args[3], Value::None) {
            step = index_or_minus_one(vm, args[3])?;
        }
        if step < 1 {
            return Err(vm.value_error("Step for islice() must be a positive integer or None."));
        }
    }
    let it = vm.get_iter(args[0])?;
    Ok(vm.new_tool(ToolObj::ISlice {
        it,
        next: start,
        stop,
        step,
        cnt: 0,
    }))
}

/// `product(*iterables, repeat=1)`.
fn product_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let mut repeat = 1i64;
    if kw.len() > 1 {
        // getargs' count check (`|n:product`) comes before the names.
        return Err(vm.type_error(format!(
            "product() takes at most 1 keyword argument ({} given)",
            kw.len()
        )));
    }
    for &(k, v) in kw {
        let key = vm.heap.str(k).to_string();
        if key != "repeat" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                key
            )));
        }
        repeat = int_arg(vm, v)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let nargs = if repeat == 0 { 0 } else { args.len() };
    if nargs > 0 && nargs as u128 * repeat as u128 > (isize::MAX as u128) / 8 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let npools = nargs * repeat as usize;
    if npools > (1 << 32) {
        return Err(vm.err_noargs("MemoryError"));
    }
    let mut pools = Vec::with_capacity(npools);
    for &a in &args[..nargs] {
        match as_tuple(vm, a) {
            Ok(t) => pools.push(t),
            Err(e) => {
                for p in pools {
                    vm.decref(p);
                }
                return Err(e);
            }
        }
    }
    for i in nargs..npools {
        let p = pools[i - nargs];
        vm.incref(p);
        pools.push(p);
    }
    let pools = vm.new_tuple(pools);
    Ok(vm.new_tool(ToolObj::Product {
        pools,
        indices: vec![0; npools],
        result: Value::Undef,
        stopped: false,
    }))
}

/// `_tee_dataobject(it, values, next)`: a buffer block, as `__reduce__` gives it.
fn teedata_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    positional(vm, "teedataobject", args, 3, 3)?;
    let (it, values, next) = (args[0], args[1], args[2]);
    let items = match values {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::List(l) => Some(l.items.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(items) = items else {
        let tn = vm.type_name(values);
        return Err(vm.type_error(format!(
            "teedataobject() argument 2 must be list, not {}",
            tn
        )));
    };
    if items.len() > LINKCELLS {
        return Err(vm.value_error("_tee_dataobject: too many values"));
    }
    let next = match next {
        Value::None => Value::Undef,
        v if vm.tool_kind(v) == Some(Kind::TeeData) => {
            if items.len() < LINKCELLS {
                return Err(vm.value_error("_tee_dataobject should not have a next link"));
            }
            v
        }
        _ => return Err(vm.value_error("_tee_dataobject next link must be a _tee_dataobject")),
    };
    for &v in &items {
        vm.incref(v);
    }
    vm.incref(it);
    if !next.is_undef() {
        vm.incref(next);
    }
    Ok(vm.new_tool(ToolObj::TeeData {
        it,
        values: items,
        next,
        running: false,
    }))
}

/// A new tee iterator over the iterator `it` (borrowed): a copy of `it` when it is
/// a tee already (CPython's `tee_fromiterable`).
pub(crate) fn tee_from_iterator(vm: &mut Vm, it: Value) -> Value {
    if vm.tool_kind(it) == Some(Kind::Tee) {
        return vm.tee_copy(it);
    }
    vm.incref(it);
    let data = vm.new_tool(ToolObj::TeeData {
        it,
        values: Vec::new(),
        next: Value::Undef,
        running: false,
    });
    vm.new_tool(ToolObj::Tee { data, index: 0 })
}

/// `itertools.tee(iterable, n=2, /)`: `n` independent iterators. An iterator with
/// `__copy__` (a tee) is used itself first and copied for the others.
pub fn tee(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    positional(vm, "tee", args, 1, 2)?;
    let n = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    // The result tuple is allocated first in CPython: a size no memory can hold is
    // a MemoryError before anything is read.
    if n as u64 > (1u64 << 32) {
        return Err(vm.err_noargs("MemoryError"));
    }
    let it = vm.get_iter(args[0])?;
    let first = if vm.tool_kind(it) == Some(Kind::Tee) {
        vm.incref(it);
        it
    } else {
        match vm.lookup_type_attr(it, "__copy__") {
            Some(m) => {
                vm.decref(m);
                vm.incref(it);
                it
            }
            None => tee_from_iterator(vm, it),
        }
    };
    vm.decref(it);
    let mut out = vec![first];
    for _ in 1..n {
        let c = if vm.tool_kind(first) == Some(Kind::Tee) {
            vm.tee_copy(first)
        } else {
            let copied = vm.get_attr(first, "__copy__").and_then(|m| {
                let r = vm.call_value(m, &[], &[]);
                vm.decref(m);
                r
            });
            match copied {
                Ok(c) => c,
                Err(e) => {
                    for v in out {
                        vm.decref(v);
                    }
                    return Err(e);
                }
            }
        };
        out.push(c);
    }
    Ok(vm.new_tuple(out))
}

/// `chain.from_iterable(iterable)` (a classmethod): a chain over the iterables
/// `iterable` yields, for `cls` (chain or a subclass).
pub fn chain_from_iterable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let source = vm.get_iter(args[1])?;
    let t = vm.new_tool(ToolObj::Chain {
        source,
        active: Value::Undef,
    });
    let chain = vm.tool_class(Kind::Chain);
    match args[0] {
        Value::Obj(cls) if cls != chain && vm.is_subclass(cls, chain) => {
            Ok(vm.new_payload_instance(cls, t))
        }
        _ => Ok(t),
    }
}

// ----- argument helpers --------------------------------------------------------------

/// A positional-only argument count check (`cycle expected 1 argument, got 2`).
fn positional(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        format!(
            "{} expected {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    };
    Err(vm.type_error(msg))
}

/// Binds positional and keyword arguments to `names` (a leading `*` marks a
/// keyword-only one), with `PyArg_ParseTupleAndKeywords`' messages; the first
/// `required` are required. Missing ones are Undef; all are borrowed.
fn parse<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: KwArgs,
    names: &[&str; N],
    required: usize,
    pos_word: &str,
) -> PyResult<[Value; N]> {
    let npos = names.iter().filter(|n| !n.starts_with('*')).count();
    let too_many = if pos_word.is_empty() {
        args.len() + kw.len() > N
    } else {
        args.len() > npos
    };
    if too_many || args.len() > npos {
        let (max, given) = if pos_word.is_empty() {
            (N, args.len() + kw.len())
        } else {
            (npos, args.len())
        };
        return Err(vm.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            max,
            pos_word,
            if max == 1 { "" } else { "s" },
            given
        )));
    }
    let mut out = [Value::Undef; N];
    out[..args.len()].copy_from_slice(args);
    for &(k, v) in kw {
        let key = vm.heap.str(k).to_string();
        match names.iter().position(|n| n.trim_start_matches('*') == key) {
            Some(i) if i < args.len() => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    key,
                    i + 1
                )))
            }
            Some(i) => out[i] = v,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    key, fname
                )))
            }
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_undef() {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `PySequence_Tuple`: an exact tuple itself, else a new tuple of the items (owned).
fn as_tuple(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) {
        vm.incref(v);
        return Ok(v);
    }
    let items = vm.collect_iter(v)?;
    Ok(vm.new_tuple(items))
}

impl Vm {
    /// The itertools kind of `v` when it is an (exact) itertools object.
    pub(crate) fn tool_kind(&self, v: Value) -> Option<Kind> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Iter(i) => match &**i {
                    IterObj::Tool(t) => Some(t.kind()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is an int (a bool or an int subclass too: CPython's
    /// `PyLong_Check`).
    pub(crate) fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(_) => true,
                Obj::Instance(_) => {
                    let int = self.types.int;
                    self.is_subclass(self.type_of(v), int)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// CPython's `PyNumber_Check`: an int, float or complex, or an object whose type
    /// has `__index__`, `__int__` or `__float__`.
    pub(crate) fn is_number(&mut self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(_) | Obj::Complex(_) => true,
                Obj::Instance(_) | Obj::Class(_) => {
                    for name in ["__index__", "__int__", "__float__"] {
                        if let Some(m) = self.lookup_type_attr(v, name) {
                            self.decref(m);
                            return true;
                        }
                    }
                    let complex = self.types.complex;
                    self.is_subclass(self.type_of(v), complex)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// A new `_grouper` of the groupby `parent` for the key `tgtkey` (both
    /// borrowed); it becomes the parent's current group.
    pub(crate) fn new_grouper(&mut self, parent: Value, tgtkey: Value) -> Value {
        let mut group = 0;
        if let Value::Obj(p) = parent {
            if let Obj::Iter(i) = self.heap.get_mut(p) {
                if let IterObj::Tool(t) = &mut **i {
                    if let ToolObj::GroupBy { group: g, .. } = &mut **t {
                        *g += 1;
                        group = *g;
                    }
                }
            }
        }
        self.incref(parent);
        self.incref(tgtkey);
        self.new_tool(ToolObj::Grouper {
            parent,
            tgtkey,
            group,
        })
    }

    /// `tee.__copy__()`: a new tee iterator at the same place of the same buffer.
    pub(crate) fn tee_copy(&mut self, t: Value) -> Value {
        let (data, index) = match t {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Iter(i) => match &**i {
                    IterObj::Tool(tool) => match &**tool {
                        ToolObj::Tee { data, index } => (*data, *index),
                        _ => (Value::Undef, 0),
                    },
                    _ => (Value::Undef, 0),
                },
                _ => (Value::Undef, 0),
            },
            _ => (Value::Undef, 0),
        };
        if !data.is_undef() {
            self.incref(data);
        }
        self.new_tool(ToolObj::Tee { data, index })
    }
}
