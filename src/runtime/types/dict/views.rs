//! The set algebra of `dict_keys` and `dict_items` (CPython's `dictviews_as_number`,
//! `dictview_richcompare` and `dictviews_isdisjoint` in Objects/dictobject.c): `| - ^`
//! build a set from the left operand (whatever it is) and update it with the right;
//! `&` iterates the other operand and keeps what the view contains; comparisons with
//! sets and other views compare sizes, then containment.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::builtins::{add_methods, check_method};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Registers `isdisjoint` on `dict_keys` and `dict_items`, and the protocol methods
/// every view type has (`dictview_as_sequence`'s `__len__`/`__contains__`, `tp_iter`
/// and `__reversed__`), so the views are `Reversible` by their methods as in CPython.
pub fn install(vm: &mut Vm) {
    for cls in [vm.types.dict_keys, vm.types.dict_items] {
        add_methods(vm, cls, &[("isdisjoint", isdisjoint)]);
    }
    for cls in [vm.types.dict_keys, vm.types.dict_items] {
        add_methods(vm, cls, &[("__contains__", view_contains)]);
    }
    for cls in [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ] {
        add_methods(
            vm,
            cls,
            &[
                ("__len__", view_len),
                ("__iter__", view_iter),
                ("__reversed__", view_reversed),
            ],
        );
    }
}

/// `view.__len__()`: the dict's size.
fn view_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__len__", args, 0, 0)?;
    let n = crate::runtime::builtins::functions::length(vm, args[0])? as i64;
    Ok(vm.int(n))
}

/// `view.__iter__()`: what `iter(view)` gives.
fn view_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__iter__", args, 0, 0)?;
    vm.get_iter(args[0])
}

/// `view.__contains__(x)`: `x in view`.
fn view_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

/// `view.__reversed__()`: what `reversed(view)` gives.
fn view_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "__reversed__", args, 0, 0)?;
    vm.dict_reversed(args[0])
}

impl Vm {
    /// Whether `v` is a `dict_keys` or `dict_items` view (CPython's
    /// `PyDictViewSet_Check`; `dict_values` is no set).
    pub fn is_set_view(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::DictView { kind: 0 | 2, .. }))
    }

    /// `len()` of anything sized (views, sets).
    fn sized_len(&mut self, v: Value) -> PyResult<usize> {
        crate::runtime::builtins::functions::length(self, v)
    }

    /// `a op b` when either operand is a set-like view; None otherwise.
    pub fn dict_view_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if !self.is_set_view(a) && !self.is_set_view(b) {
            return Ok(None);
        }
        let method = match op {
            BinOp::BitAnd => return self.dict_view_and(a, b).map(Some),
            BinOp::BitOr => "update",
            BinOp::Sub => "difference_update",
            BinOp::BitXor => "symmetric_difference_update",
            _ => return Ok(None),
        };
        let result = self.set_new(false, &[a])?;
        let m = match self.get_attr(result, method) {
            Ok(m) => m,
            Err(e) => {
                self.decref(result);
                return Err(e);
            }
        };
        let r = self.call_value(m, &[b], &[]);
        self.decref(m);
        match r {
            Ok(v) => {
                self.decref(v);
                Ok(Some(result))
            }
            Err(e) => {
                self.decref(result);
                Err(e)
            }
        }
    }

    /// `_PyDictView_Intersect`.
    fn dict_view_and(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let (mut view, mut other) = if self.is_set_view(a) { (a, b) } else { (b, a) };
        let len_view = self.sized_len(view)?;
        let exact_set = matches!(other, Value::Obj(r) if matches!(self.heap.get(r), Obj::Set(_)));
        if exact_set && len_view <= self.sized_len(other)? {
            let m = self.get_attr(other, "intersection")?;
            let r = self.call_value(m, &[view], &[]);
            self.decref(m);
            return r;
        }
        if self.is_set_view(other) && self.sized_len(other)? > len_view {
            std::mem::swap(&mut view, &mut other);
        }
        let result = self.set_new(false, &[])?;
        let r = self.intersect_into(result, view, other);
        match r {
            Ok(()) => Ok(result),
            Err(e) => {
                self.decref(result);
                Err(e)
            }
        }
    }

    fn intersect_into(&mut self, result: Value, view: Value, other: Value) -> PyResult<()> {
        let it = self.get_iter(other)?;
        loop {
            let item = match self.iter_next(it) {
                Ok(Some(x)) => x,
                Ok(None) => break,
                Err(e) => {
                    self.decref(it);
                    return Err(e);
                }
            };
            let r = self.contains(view, item).and_then(|c| {
                if c {
                    self.set_add(result, item)
                } else {
                    Ok(())
                }
            });
            self.decref(item);
            if let Err(e) = r {
                self.decref(it);
                return Err(e);
            }
        }
        self.decref(it);
        Ok(())
    }

    /// Whether every item of `x` is in `y` (CPython's `all_contained_in`).
    fn all_contained_in(&mut self, x: Value, y: Value) -> PyResult<bool> {
        let items = self.collect_iter(x)?;
        let mut r = Ok(true);
        for &item in &items {
            match self.contains(y, item) {
                Ok(true) => {}
                other => {
                    r = other;
                    break;
                }
            }
        }
        for v in items {
            self.decref(v);
        }
        r
    }

    /// Comparisons between a set-like view and a set or another view; None when
    /// neither side is a view or the other side is not set-like.
    pub fn dict_view_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        let set_like = |vm: &Vm, v: Value| vm.is_set_view(v) || vm.is_set_like(v);
        let (a, b, op) = if self.is_set_view(a) && set_like(self, b) {
            (a, b, op)
        } else if self.is_set_view(b) && set_like(self, a) {
            // The reflected comparison, asked of the view on the right.
            let swapped = match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::LtE => CmpOp::GtE,
                CmpOp::Gt => CmpOp::Lt,
                CmpOp::GtE => CmpOp::LtE,
                o => o,
            };
            (b, a, swapped)
        } else {
            return Ok(None);
        };
        let (la, lb) = (self.sized_len(a)?, self.sized_len(b)?);
        Ok(Some(match op {
            CmpOp::Eq => la == lb && self.all_contained_in(a, b)?,
            CmpOp::NotEq => !(la == lb && self.all_contained_in(a, b)?),
            CmpOp::Lt => la < lb && self.all_contained_in(a, b)?,
            CmpOp::LtE => la <= lb && self.all_contained_in(a, b)?,
            CmpOp::Gt => la > lb && self.all_contained_in(b, a)?,
            CmpOp::GtE => la >= lb && self.all_contained_in(b, a)?,
            _ => return Ok(None),
        }))
    }
}

/// `view.isdisjoint(iterable)` (`dictviews_isdisjoint`).
fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_method(vm, "isdisjoint", args, 1, 1)?;
    let (mut me, mut other) = (args[0], args[1]);
    if me.is(other) {
        let n = vm.sized_len(me)?;
        return Ok(Value::Bool(n == 0));
    }
    // Iterate over the shorter one when both are set-like.
    if (vm.is_set_like(other) || vm.is_set_view(other))
        && vm.sized_len(other)? > vm.sized_len(me)?
    {
        std::mem::swap(&mut me, &mut other);
    }
    let items = vm.collect_iter(other)?;
    let mut r = Ok(true);
    for &item in &items {
        match vm.contains(me, item) {
            Ok(false) => {}
            Ok(true) => {
                r = Ok(false);
                break;
            }
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    for v in items {
        vm.decref(v);
    }
    r.map(Value::Bool)
}
