//! Operators whose special method is Python code, run as frames of the dispatch loop
//! (CPython's `slot_tp_richcompare` and `SLOT1BINFULL` calling a class's `__eq__`,
//! `__lt__`, `__add__`, ... from `COMPARE_OP` / `BINARY_OP`).
//!
//! CPython runs such a method in a nested `_PyEval_EvalFrameDefault` under the C
//! slot; mempy's general path does the same through `call_value` (a nested dispatch
//! loop, its argument window copied and torn down). Here the instruction instead
//! pushes the method's frame in the running loop, as CPython 3.12 does for
//! `__getitem__` (`BINARY_SUBSCR_GETITEM`), and records in the frame ([`Cont`]) what
//! the instruction still has to do with the result:
//!
//! ```text
//!   before:  [.., a, b]                      (COMPARE_OP / BINARY_OP's operands)
//!   pushed:  [.., a, b, method, a, b]        the frame's window starts at `method`
//!   return:  [.., a, b, result]  ->  [.., result]   (a and b released, in that order)
//! ```
//!
//! The operands stay below the window because a NotImplemented result needs them:
//! the rest of the protocol (the reflected method, the fallbacks, the TypeError) then
//! runs natively, exactly where the general path would have continued
//! (`do_richcompare_rest`, `binary_op_user_rest`). Everything observable is the
//! general path's: the method is found by the same lookup, it is asked in the same
//! order (only pairs where the left operand's method goes first are taken), the
//! recursion depth counts the comparison's guard for the frame's life (`c_depth`,
//! given back when the frame is popped however it ends), the frame's locals are
//! released before the operands, and an exception leaves the operands to the
//! unwinder as any failing instruction's.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::runtime::vm::frame::Cont;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `COMPARE_OP` of `[.., a, b]` (the top of the value stack at `self.sp`) where
    /// `a` is an instance of a Python class defining the comparison in Python: pushes
    /// the method's frame and returns true. False, with nothing changed, for anything
    /// else (the general path then runs `rich_compare`).
    #[inline(never)]
    pub(crate) fn push_compare_frame(&mut self, op: CmpOp) -> bool {
        let s = self.sp - 2;
        let (a, b) = (self.stack[s], self.stack[s + 1]);
        let Some(ta) = self.plain_user_class(a) else {
            return false;
        };
        if !self.left_goes_first(ta, b) {
            return false;
        }
        let n = &self.names;
        let (name, cont) = match op {
            CmpOp::Eq => (n.eq, Cont::Compare(op)),
            CmpOp::NotEq => (n.ne, Cont::Compare(op)),
            CmpOp::Lt => (n.lt, Cont::Compare(op)),
            CmpOp::LtE => (n.le, Cont::Compare(op)),
            CmpOp::Gt => (n.gt, Cont::Compare(op)),
            CmpOp::GtE => (n.ge, Cont::Compare(op)),
            _ => return false,
        };
        let Some(mut m) = self.class_lookup_borrowed(ta, name) else {
            return false;
        };
        let mut cont = cont;
        if op == CmpOp::NotEq {
            // A class without its own `__ne__` has `object.__ne__`, which asks the
            // class's `__eq__` and inverts its answer (`try_cmp_dunder`).
            let object = self.types.object;
            let eq = self.names.eq;
            if self
                .class_lookup_borrowed(object, name)
                .is_some_and(|d| d.is(m))
            {
                let Some(e) = self.class_lookup_borrowed(ta, eq) else {
                    return false;
                };
                m = e;
                cont = Cont::CompareNe;
            }
        }
        // PyObject_RichCompare's guard: at the limit the general path raises
        // " in comparison".
        if self.recursion_depth() >= self.recursion_limit {
            return false;
        }
        self.c_depth += 1;
        if cont == Cont::CompareNe {
            // `object.__ne__` is a slot wrapper: CPython calls it with an argument
            // tuple `(a, b)` (`_PyObject_MakeTpCall`), which `wrapperdescr_call`
            // slices to `(b,)`. Both live while `__eq__` runs, where they show in
            // `sys.getrefcount` and `gc.get_count()`; they sit under the frame.
            self.heap.incref(a);
            self.heap.incref(b);
            let t1 = self.new_tuple(vec![a, b]);
            self.heap.incref(b);
            let t2 = self.new_tuple(vec![b]);
            self.stack[s + 2] = t1;
            self.stack[s + 3] = t2;
            self.sp = s + 4;
        }
        if self.push_slot_frame(m, cont, a, b) {
            return true;
        }
        if cont == Cont::CompareNe {
            let (t1, t2) = (self.stack[s + 2], self.stack[s + 3]);
            self.sp = s + 2;
            self.decref(t2);
            self.decref(t1);
        }
        self.c_depth -= 1;
        false
    }

    /// `BINARY_OP` of `[.., a, b]` where `a` is an instance of a Python class whose
    /// method for `op` is Python code and `b` is another such instance or a number,
    /// or `a` is a number and `b` such an instance with a reflected method in Python:
    /// pushes the method's frame and returns true (false: nothing changed).
    #[inline(never)]
    pub(crate) fn push_binary_frame(&mut self, op: BinOp) -> bool {
        let s = self.sp - 2;
        let (a, b) = (self.stack[s], self.stack[s + 1]);
        let Some(ta) = self.plain_user_class(a) else {
            // `2 * v`: the int's or float's operation declines an instance, whose
            // class's reflected method is then asked (a number's class is never a
            // subclass of a Python class, so nothing goes before it).
            if matches!(a, Value::Int(_) | Value::Float(_)) {
                if let Some(tb) = self.plain_user_class(b) {
                    let r = self.names.binop[op as usize].1;
                    if let Some(m) = self.class_lookup_borrowed(tb, r) {
                        return self.push_slot_frame(m, Cont::Reflected(op), b, a);
                    }
                }
            }
            return false;
        };
        // Other right operands may have builtin answers the general path asks for
        // before the instance's method (`binary_op_shown`).
        if !(matches!(b, Value::Int(_) | Value::Float(_)) || self.plain_user_class(b).is_some()) {
            return false;
        }
        if !self.left_goes_first(ta, b) {
            return false;
        }
        let name = self.names.binop[op as usize].0;
        let Some(m) = self.class_lookup_borrowed(ta, name) else {
            return false;
        };
        self.push_slot_frame(m, Cont::Binary(op), a, b)
    }

    /// `INPLACE_OP` (`a += b`) of the operands `push_binary_frame` takes: the
    /// class's `__iadd__` when it is Python code, else its `__add__` (CPython's
    /// `binary_iop1` finds no in-place slot and goes to the binary one).
    #[inline(never)]
    pub(crate) fn push_inplace_frame(&mut self, op: BinOp) -> bool {
        let s = self.sp - 2;
        let (a, b) = (self.stack[s], self.stack[s + 1]);
        let Some(ta) = self.plain_user_class(a) else {
            return false;
        };
        if !(matches!(b, Value::Int(_) | Value::Float(_)) || self.plain_user_class(b).is_some()) {
            return false;
        }
        if !self.left_goes_first(ta, b) {
            return false;
        }
        let iname = self.names.ibinop[op as usize];
        if let Some(m) = self.class_lookup_borrowed(ta, iname) {
            return self.push_slot_frame(m, Cont::InplaceFirst(op), a, b);
        }
        let name = self.names.binop[op as usize].0;
        let Some(m) = self.class_lookup_borrowed(ta, name) else {
            return false;
        };
        self.push_slot_frame(m, Cont::Inplace(op), a, b)
    }

    /// The class of `v` when `v` is an instance of a Python class with no builtin
    /// part (whose special methods are looked up on the class alone).
    #[inline]
    fn plain_user_class(&self, v: Value) -> Option<ObjRef> {
        let Value::Obj(r) = v else {
            return None;
        };
        let Obj::Instance(i) = self.heap.get(r) else {
            return None;
        };
        if i.payload().is_some() || self.class_kind(i.class) != BuiltinType::User {
            return None;
        }
        Some(i.class)
    }

    /// Whether the left operand's method is asked first: the right operand's class
    /// is the same or not a subclass of the left's (a subclass's reflected method
    /// may go first, which the general path decides).
    #[inline]
    fn left_goes_first(&self, ta: ObjRef, b: Value) -> bool {
        let tb = self.type_of(b);
        ta == tb || !self.is_subclass(tb, ta)
    }

    /// `CALL` of the builtin `len` on `[.., len, x]` (at `slot`, the top of the
    /// value stack at `self.sp`) where `x` is an instance of a Python class whose
    /// `__len__` is a Python function: pushes `[__len__, x]` and its frame, tagged
    /// `Cont::Len`, and returns true. False, with nothing changed, for anything else
    /// (the general path's `length` then calls it through `call_value`).
    #[inline(never)]
    pub(crate) fn push_len_frame(&mut self, slot: usize) -> bool {
        let x = self.stack[slot + 1];
        let Some(t) = self.plain_user_class(x) else {
            return false;
        };
        let Some(m) = self.class_lookup_borrowed(t, self.names.len) else {
            return false;
        };
        let Value::Obj(mr) = m else {
            return false;
        };
        let w = self.sp;
        if !matches!(self.heap.get(mr), Obj::Function(_)) || w + 2 >= self.stack.len() {
            return false;
        }
        self.heap.incref(m);
        self.heap.incref(x);
        self.stack[w] = m;
        self.stack[w + 1] = x;
        self.sp = w + 2;
        if self.fast_function_call(m, w, 1) {
            self.frames.last_mut().expect("the frame just pushed").cont = Cont::Len;
            return true;
        }
        // Declined: undo (both keep their other references).
        self.sp = w;
        self.heap.decref(m);
        self.heap.decref(x);
        false
    }

    /// The end of `Cont::Len`: `__len__` returned `v` (owned); `[.., len, x]`
    /// becomes `[.., n]`, or `[..]` with the error returned. The int is made before
    /// the call's references go (`builtin_len` returns it to `CALL`, which then
    /// releases the callable and the argument).
    fn finish_len_frame(&mut self, v: Value) -> PyResult<()> {
        let r = self.len_result(v).map(|n| self.int(n as i64));
        let s = self.sp - 2;
        let (f, x) = (self.stack[s], self.stack[s + 1]);
        self.sp = s;
        self.heap.decref(x);
        self.heap.decref(f);
        if let Ok(v) = r {
            self.stack[s] = v;
            self.sp = s + 1;
        }
        self.drain_zero_queue();
        r.map(|_| ())
    }

    /// Pushes `[method, a, b]` on the value stack and the frame of `method`
    /// (borrowed) when it is a Python function taking them as plain positional
    /// arguments, tagged with `cont`. False, with the stack as it was, when it cannot
    /// be pushed here.
    fn push_slot_frame(&mut self, m: Value, cont: Cont, a: Value, b: Value) -> bool {
        let Value::Obj(mr) = m else {
            return false;
        };
        let w = self.sp;
        if !matches!(self.heap.get(mr), Obj::Function(_)) || w + 3 >= self.stack.len() {
            return false;
        }
        self.heap.incref(m);
        self.heap.incref(a);
        self.heap.incref(b);
        self.stack[w] = m;
        self.stack[w + 1] = a;
        self.stack[w + 2] = b;
        self.sp = w + 3;
        if self.fast_function_call(m, w, 2) {
            self.frames.last_mut().expect("the frame just pushed").cont = cont;
            return true;
        }
        // Declined (argument binding, recursion limit, room): undo. The operands and
        // the method keep their other references, so nothing is freed.
        self.sp = w;
        self.heap.decref(m);
        self.heap.decref(a);
        self.heap.decref(b);
        false
    }

    /// Finishes the operation of a frame pushed with `cont` once it has returned `v`
    /// (owned) and has been popped: the value stack ends `[.., a, b]` (for
    /// `CompareNe`, `[.., a, b, args, sliced]`) and becomes `[.., result]`, or `[..]`
    /// with the error returned.
    #[inline(never)]
    pub(crate) fn finish_slot_frame(&mut self, cont: Cont, v: Value) -> PyResult<()> {
        // What the frame's window released dies first (CPython frees the frame's
        // locals as it returns, before the slot goes on).
        self.drain_zero_queue();
        if let Cont::CallEx(kw) = cont {
            self.release_call_ex_operands(kw);
            self.push(v);
            self.drain_zero_queue();
            return Ok(());
        }
        if cont == Cont::Len {
            return self.finish_len_frame(v);
        }
        let v = if cont == Cont::CompareNe {
            self.finish_object_ne(v)
        } else {
            Ok(v)
        };
        let s = self.sp - 2;
        let (a, b) = (self.stack[s], self.stack[s + 1]);
        let r = match v {
            Ok(Value::NotImplemented) => match cont {
                Cont::Compare(op) => self.richcompare_rest_guarded(a, b, op),
                Cont::CompareNe => self.richcompare_rest_guarded(a, b, CmpOp::NotEq),
                Cont::Binary(op) | Cont::Inplace(op) => {
                    let reflect = self.type_of(a) != self.type_of(b);
                    let inplace = matches!(cont, Cont::Inplace(_));
                    self.binary_op_user_rest(a, b, op, inplace, (a, b), reflect)
                }
                Cont::InplaceFirst(op) => self.binary_op_for(a, b, op, true),
                Cont::Reflected(op) => self.binary_op_user_rest(a, b, op, false, (a, b), false),
                Cont::None | Cont::CallEx(_) | Cont::Len => {
                    unreachable!("an ordinary frame has no operation to finish")
                }
            },
            r => r,
        };
        // COMPARE_OP / BINARY_OP let go of the left operand, then the right one,
        // before the result goes on the stack or the error unwinds (a temporary
        // operand's `__del__` runs before a handler sees the TypeError).
        self.sp = s;
        self.heap.decref(a);
        self.heap.decref(b);
        if let Ok(v) = r {
            self.stack[s] = v;
            self.sp = s + 1;
        }
        self.drain_zero_queue();
        r.map(|_| ())
    }

    /// The rest of `object.__ne__` after the class's `__eq__` answered `v`: its
    /// truth inverted (NotImplemented passes), still inside PyObject_RichCompare's
    /// guard; then the wrapper's argument tuples on the stack die (the slice first,
    /// as `wrapperdescr_call` drops it before `_PyObject_MakeTpCall` drops its own).
    fn finish_object_ne(&mut self, v: Value) -> PyResult<Value> {
        let r = if matches!(v, Value::NotImplemented) {
            Ok(v)
        } else {
            self.c_depth += 1;
            let t = self.truthy(v);
            self.c_depth -= 1;
            self.decref(v);
            t.map(|t| Value::Bool(!t))
        };
        let (args, sliced) = (self.stack[self.sp - 2], self.stack[self.sp - 1]);
        self.sp -= 2;
        self.decref(sliced);
        self.decref(args);
        r
    }

    /// `do_richcompare` past the left operand's NotImplemented, still inside
    /// PyObject_RichCompare's guard (the frame that held it has been popped).
    fn richcompare_rest_guarded(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let n = &self.names;
        let r = match op {
            CmpOp::Lt => n.gt,
            CmpOp::LtE => n.ge,
            CmpOp::Gt => n.lt,
            CmpOp::GtE => n.le,
            CmpOp::NotEq => n.ne,
            _ => n.eq,
        };
        self.c_depth += 1;
        let res = self.do_richcompare_rest(a, b, op, false, r);
        self.c_depth -= 1;
        res
    }
}
