//! Interned names the VM itself looks up on hot paths (CPython keeps the same kind of
//! table as `_Py_ID(__init__)` static strings). Interning once at start-up turns each
//! lookup's key into a handle compare instead of a string hash.

use crate::bytecode::BinOp;
use crate::runtime::heap::Heap;
use crate::value::Value;

pub struct Names {
    pub init: Value,
    pub new: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub getattr: Value,
    pub getattribute: Value,
    pub class_: Value,
    pub getitem: Value,
    pub name_: Value,
    pub qualname: Value,
    pub module: Value,
    pub doc: Value,
    pub code: Value,
    pub defaults: Value,
    pub eq: Value,
    pub ne: Value,
    pub lt: Value,
    pub le: Value,
    pub gt: Value,
    pub ge: Value,
    pub bool_: Value,
    pub len: Value,
    pub iter: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
    pub builtins_: Value,
    /// Each binary operator's method and reflected method (`__add__`, `__radd__`),
    /// indexed by `BinOp as usize`.
    pub binop: [(Value, Value); 13],
    /// The in-place method of each binary operator (`__iadd__`), by `BinOp` index.
    pub ibinop: [Value; 13],
}

impl Names {
    pub fn new(heap: &mut Heap) -> Names {
        let mut n = |s: &str| Value::Obj(heap.intern(s));
        Names {
            init: n("__init__"),
            new: n("__new__"),
            setattr: n("__setattr__"),
            delattr: n("__delattr__"),
            getattr: n("__getattr__"),
            getattribute: n("__getattribute__"),
            class_: n("__class__"),
            getitem: n("__getitem__"),
            name_: n("__name__"),
            qualname: n("__qualname__"),
            module: n("__module__"),
            doc: n("__doc__"),
            code: n("__code__"),
            defaults: n("__defaults__"),
            eq: n("__eq__"),
            ne: n("__ne__"),
            lt: n("__lt__"),
            le: n("__le__"),
            gt: n("__gt__"),
            ge: n("__ge__"),
            bool_: n("__bool__"),
            len: n("__len__"),
            iter: n("__iter__"),
            get: n("__get__"),
            set: n("__set__"),
            delete: n("__delete__"),
            builtins_: n("__builtins__"),
            binop: BINOPS.map(|op| {
                let (l, r, _) = super::ops::dunder(op);
                (n(l), n(r))
            }),
            ibinop: BINOPS.map(|op| n(super::ops::dunder(op).2)),
        }
    }
}

/// Every binary operator, in `BinOp`'s declaration order (its `as usize` index).
const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];

#[cfg(test)]
mod tests {
    use super::BINOPS;

    #[test]
    fn binops_in_declaration_order() {
        for (i, op) in BINOPS.iter().enumerate() {
            assert_eq!(*op as usize, i);
        }
    }
}
