//! `operator.itemgetter`, `operator.attrgetter` and `operator.methodcaller`, the
//! callable objects of the `operator` module (CPython's `itemgetterobject`,
//! `attrgetterobject` and `methodcallerobject` in Modules/_operator.c). One payload
//! with a variant per type: they share their protocol arms (a call, a repr, the
//! `__reduce__` that rebuilds them) and none can be subclassed.
//!
//! This file is the data; `new.rs` the three constructors, `ops.rs` calling them and
//! their reprs, `methods.rs` the Python-visible methods.

mod methods;
mod new;
mod ops;

pub use methods::install;
pub use new::{attrgetter_new, itemgetter_new, methodcaller_new};

use crate::value::{ObjRef, Value};

/// The payload of an `operator` callable.
pub enum OpCallerObj {
    /// `itemgetter(*items)`: the keys (owned).
    ItemGetter(Box<[Value]>),
    /// `attrgetter(*names)`: the names as given (owned strs, for the repr and
    /// `__reduce__`) and each one split at its dots into interned parts (CPython
    /// keeps the interned parts only).
    AttrGetter {
        names: Box<[Value]>,
        paths: Box<[Box<[Value]>]>,
    },
    /// `methodcaller(name, *args, **kwargs)`: the interned method name, the
    /// positional and keyword arguments (all owned).
    MethodCaller {
        name: Value,
        args: Box<[Value]>,
        kwargs: Box<[(ObjRef, Value)]>,
    },
}

impl OpCallerObj {
    /// Every reference it holds (the three `tp_traverse`s).
    pub fn traverse(&self, f: &mut dyn FnMut(Value)) {
        match self {
            OpCallerObj::ItemGetter(items) => items.iter().for_each(|&v| f(v)),
            OpCallerObj::AttrGetter { names, paths } => {
                names.iter().for_each(|&v| f(v));
                paths.iter().flatten().for_each(|&v| f(v));
            }
            OpCallerObj::MethodCaller { name, args, kwargs } => {
                f(*name);
                args.iter().for_each(|&v| f(v));
                for &(k, v) in kwargs.iter() {
                    f(Value::Obj(k));
                    f(v);
                }
            }
        }
    }

    /// `sys.getsizeof` (CPython 3.11, 64-bit, with the GC header): itemgetter keeps
    /// its count, the item(s) and an index; attrgetter and methodcaller three words.
    pub fn sizeof(&self) -> usize {
        match self {
            OpCallerObj::ItemGetter(_) => 64,
            _ => 56,
        }
    }

    /// The CPython type name (`tp_name`).
    pub fn type_name(&self) -> &'static str {
        match self {
            OpCallerObj::ItemGetter(_) => "operator.itemgetter",
            OpCallerObj::AttrGetter { .. } => "operator.attrgetter",
            OpCallerObj::MethodCaller { .. } => "operator.methodcaller",
        }
    }
}
