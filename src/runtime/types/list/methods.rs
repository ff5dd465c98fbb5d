//! Methods of `list` (CPython's Objects/listobject.c `list_methods`) and
//! `list.extend`'s growth (`list_extend`). The sort algorithm is `sort.rs`; `index`
//! and `count` share their search with tuple's (`vm/sequence.rs`).

use crate::runtime::builtins::{add_methods, check_method, int_arg, kwarg};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

pub fn install(vm: &mut Vm) {
    let l = vm.types.list;
    add_methods(
        vm,
        l,
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("__len__", dunder_len),
            ("__getitem__", dunder_getitem),
            ("__contains__", dunder_contains),
            ("__iter__", dunder_iter),
        ],
    );
    // `list.append` is run inline by the evaluation loop's CALL_METHOD (CPython's
    // PRECALL_NO_KW_LIST_APPEND), which recognises it by identity.
    let key = vm.intern("append");
    let dict = match vm.heap.get(l) {
        Obj::Class(c) => c.dict,
        _ => unreachable!("list is a class"),
    };
    if let Ok(Some(f)) = vm.dict_get_item(Value::Obj(dict), key) {
        vm.decref(f); // the class dict keeps it alive
        vm.intrinsics.list_append = f.as_obj();
    }
}

fn this(vm: &Vm, args: &[Value]) -> ObjRef {
    let _ = vm;
    args[0].as_obj().unwrap()
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "append", args, 1, 1)?;
    let r = this(vm, args);
    vm.incref(args[1]);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.push(args[1]);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "extend", args, 1, 1)?;
    vm.list_extend(args[0], args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "pop", args, 0, 1)?;
    let r = this(vm, args);
    let len = match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = match vm.heap.get_mut(r) {
        Obj::List(l) => {
            let v = l.items.remove(j as usize);
            let n = l.items.len();
            l.model_resize(n);
            v
        }
        _ => unreachable!(),
    };
    Ok(v)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "insert", args, 2, 2)?;
    let r = this(vm, args);
    let i = int_arg(vm, args[1])?;
    vm.incref(args[2]);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        let n = l.items.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        l.model_resize(n as usize + 1);
        l.items.insert(j, args[2]);
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "remove", args, 1, 1)?;
    let r = this(vm, args);
    match vm.seq_find(args[0], args[1], 0, usize::MAX)? {
        Some(i) => {
            let v = match vm.heap.get_mut(r) {
                Obj::List(l) => {
                    let v = l.items.remove(i);
                    let n = l.items.len();
                    l.model_resize(n);
                    v
                }
                _ => unreachable!(),
            };
            vm.decref(v);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "index", args, 1, 3)?;
    match vm.seq_index_of(args)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => {
            let r = vm.repr(args[1])?;
            Err(vm.value_error(format!("{} is not in list", r)))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "count", args, 1, 1)?;
    let n = vm.seq_count(args[0], args[1])?;
    Ok(vm.int(n))
}

fn sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let r = this(vm, args);
    let key = kwarg(vm, kw, "key");
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython empties the list while sorting, its `allocated` -1 (`SORTING`): a
    // resize meanwhile (even one undone: an append then a pop) is a modification.
    let (mut items, saved) = match vm.heap.get_mut(r) {
        Obj::List(l) => (
            std::mem::take(&mut l.items),
            std::mem::replace(&mut l.allocated, super::SORTING),
        ),
        _ => (vec![], 0),
    };
    let res = super::sort::sort_values(vm, &mut items, key, reverse);
    let mut extra = Vec::new();
    let mut mutated = false;
    if let Obj::List(l) = vm.heap.get_mut(r) {
        mutated = l.allocated != super::SORTING;
        extra = std::mem::replace(&mut l.items, items);
        l.allocated = saved;
    }
    // What was put in meanwhile goes, last first (CPython's `list_sort_impl`).
    for v in extra.into_iter().rev() {
        vm.heap.decref(v);
    }
    res?;
    if mutated {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "reverse", args, 0, 0)?;
    let r = this(vm, args);
    if let Obj::List(l) = vm.heap.get_mut(r) {
        l.items.reverse();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "copy", args, 0, 0)?;
    let items = vm.seq_items(args[0]).unwrap_or_default();
    for &v in &items {
        vm.incref(v);
    }
    Ok(vm.new_list(items))
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "clear", args, 0, 0)?;
    let r = this(vm, args);
    let old = match vm.heap.get_mut(r) {
        Obj::List(l) => {
            // (A list being sorted has no storage: clearing it changes nothing.)
            if l.allocated != super::SORTING {
                l.allocated = 0;
            }
            std::mem::take(&mut l.items)
        }
        _ => vec![],
    };
    // CPython's list_clear drops items last to first.
    for v in old.into_iter().rev() {
        vm.decref(v);
        vm.drain_zero_queue();
    }
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = crate::runtime::builtins::functions::length(vm, args[0])? as i64;
    Ok(vm.int(n))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(args[0], args[1])
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // A slot wrapper's arity message (CPython's `wrap_objobjargproc` family).
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.get_iter(args[0])
}

impl Vm {
    /// `list.extend(iterable)` (CPython's growth rules for the model capacity).
    pub fn list_extend(&mut self, l: Value, it: Value) -> PyResult<()> {
        let Value::Obj(r) = l else { return Ok(()) };
        let from_seq = matches!(it, Value::Obj(ir) if matches!(self.heap.get(ir), Obj::List(_) | Obj::Tuple(_)));
        if !l.is(it) && !from_seq {
            // Any other iterable: sized by its length hint (see `collect_with_hint`).
            let m = match self.heap.get(r) {
                Obj::List(list) => list.items.len(),
                _ => 0,
            };
            let (items, hint) = self.collect_with_hint(it, m)?;
            if let Obj::List(list) = self.heap.get_mut(r) {
                list.model_extend_iter(hint, items.len());
                if !crate::runtime::limits::try_reserve(&mut list.items, items.len()) {
                    for v in items {
                        self.heap.decref(v);
                    }
                    return Err(self.err_noargs("MemoryError"));
                }
                list.items.extend(items);
            }
            return Ok(());
        }
        // A list or tuple (or the list itself): its items, copied on the native
        // stack when few (the source and the list cannot be borrowed at once; a
        // Vec's allocation cost as much as the rest of `x.extend(short)`).
        let mut small = [Value::Undef; 16];
        let big: Vec<Value>;
        let items: &[Value] = match it {
            Value::Obj(ir) => match self.heap.get(ir) {
                Obj::List(src) if src.items.len() <= small.len() => {
                    small[..src.items.len()].copy_from_slice(&src.items);
                    &small[..src.items.len()]
                }
                Obj::Tuple(src) if src.len() <= small.len() => {
                    small[..src.len()].copy_from_slice(src);
                    &small[..src.len()]
                }
                Obj::List(src) => {
                    big = src.items.clone();
                    &big
                }
                Obj::Tuple(src) => {
                    big = src.to_vec();
                    &big
                }
                _ => &[],
            },
            _ => &[],
        };
        for &v in items {
            self.heap.incref(v);
        }
        if let Obj::List(list) = self.heap.get_mut(r) {
            let n = items.len();
            if n == 0 {
                return Ok(());
            }
            let m = list.items.len();
            if list.allocated == 0 && m == 0 {
                list.allocated = (n + 1) & !1;
            } else if m + n > list.allocated || list.allocated == super::SORTING {
                list.model_resize(m + n);
            }
            if !crate::runtime::limits::try_reserve(&mut list.items, n) {
                for &v in items {
                    self.heap.decref(v);
                }
                return Err(self.err_noargs("MemoryError"));
            }
            list.items.extend_from_slice(items);
        }
        Ok(())
    }
}
