//! Making deques: `deque(iterable=(), maxlen=None)` (CPython's `deque_new` then
//! `deque_init`), `__init__` on a deque that already holds items (it is emptied
//! first), the extension both run (`deque_extend`, `deque_extendleft`), and calling
//! the iterator types, `_deque_iterator(d[, index])` (CPython's `dequeiter_new`,
//! what unpickling an iterator's `__reduce__` does).

use super::DequeObj;
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// A new empty deque bounded by `maxlen`.
    pub fn new_deque(&mut self, maxlen: Option<usize>) -> Value {
        let d = DequeObj {
            maxlen,
            ..DequeObj::default()
        };
        self.heap.new_value(Obj::Deque(Box::new(d)))
    }

    /// The deque a value is: itself, or the deque an instance of a deque subclass
    /// wraps. None for anything else.
    pub fn deque_of(&self, v: Value) -> Option<ObjRef> {
        let Value::Obj(r) = v else { return None };
        match self.heap.get(r) {
            Obj::Deque(_) => Some(r),
            Obj::Instance(i) => match i.payload() {
                Some(Value::Obj(p)) if matches!(self.heap.get(p), Obj::Deque(_)) => Some(p),
                _ => None,
            },
            _ => None,
        }
    }

    /// The payload of deque `r` (which must be one).
    pub(crate) fn deque_mut(&mut self, r: ObjRef) -> &mut DequeObj {
        match self.heap.get_mut(r) {
            Obj::Deque(d) => d,
            _ => unreachable!("deque_of checked the kind"),
        }
    }

    /// The payload of deque `r` (which must be one).
    pub(crate) fn deque_ref(&self, r: ObjRef) -> &DequeObj {
        match self.heap.get(r) {
            Obj::Deque(d) => d,
            _ => unreachable!("deque_of checked the kind"),
        }
    }

    /// Releases what a bounded append pushed out.
    fn drop_trimmed(&mut self, out: Option<Value>) {
        if let Some(v) = out {
            self.decref(v);
        }
    }

    /// Appends `v` (borrowed) on the right of deque `r` (`deque_append`).
    pub(crate) fn deque_push_back(&mut self, r: ObjRef, v: Value) {
        self.incref(v);
        let out = self.deque_mut(r).push_back(v);
        self.drop_trimmed(out);
    }

    /// Appends `v` (borrowed) on the left of deque `r` (`deque_appendleft`).
    pub(crate) fn deque_push_front(&mut self, r: ObjRef, v: Value) {
        self.incref(v);
        let out = self.deque_mut(r).push_front(v);
        self.drop_trimmed(out);
    }

    /// `d.extend(iterable)` (`left` false) or `d.extendleft(iterable)` on deque `r`
    /// (`deque_extend`/`deque_extendleft`): the deque itself is copied to a list
    /// first; a bound of 0 consumes the iterable; list and tuple items are taken
    /// directly, anything else through its iterator (whose code may change the deque:
    /// it is looked up again for every item).
    pub(crate) fn deque_extend(&mut self, r: ObjRef, iterable: Value, left: bool) -> PyResult<()> {
        if iterable.is(Value::Obj(r)) || self.deque_of(iterable) == Some(r) {
            let items: Vec<Value> = self.deque_ref(r).items.iter().copied().collect();
            for &v in &items {
                self.incref(v);
            }
            let l = self.new_list(items);
            let res = self.deque_extend(r, l, left);
            self.decref(l);
            return res;
        }
        let is_seq = matches!(iterable, Value::Obj(o)
            if matches!(self.heap.get(o), Obj::List(_) | Obj::Tuple(_)));
        if is_seq {
            if self.deque_ref(r).maxlen == Some(0) {
                return Ok(());
            }
            let items = self.seq_slice(iterable).unwrap_or(&[]).to_vec();
            for &v in &items {
                self.incref(v);
            }
            self.deque_mut(r).prepare_extend(left);
            for v in items {
                let out = if left {
                    self.deque_mut(r).push_front(v)
                } else {
                    self.deque_mut(r).push_back(v)
                };
                self.drop_trimmed(out);
            }
            return Ok(());
        }
        let it = self.get_iter(iterable)?;
        let res = self.deque_extend_from(r, it, left);
        self.decref(it);
        res
    }

    fn deque_extend_from(&mut self, r: ObjRef, it: Value, left: bool) -> PyResult<()> {
        let consume = self.deque_ref(r).maxlen == Some(0);
        if !consume {
            self.deque_mut(r).prepare_extend(left);
        }
        while let Some(v) = self.iter_next(it)? {
            if consume {
                self.decref(v);
                continue;
            }
            let out = if left {
                self.deque_mut(r).push_front(v)
            } else {
                self.deque_mut(r).push_back(v)
            };
            self.drop_trimmed(out);
        }
        Ok(())
    }

    /// Empties deque `r` (`deque_clear`), releasing the items left to right.
    pub(crate) fn deque_clear(&mut self, r: ObjRef) {
        let items = self.deque_mut(r).take_all();
        for v in items {
            self.decref(v);
        }
    }

    /// `maxlen` as `deque_init` reads it: None, or an int that fits and is not
    /// negative.
    fn deque_maxlen_arg(&mut self, v: Value) -> PyResult<Option<usize>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        let n = match v {
            Value::Bool(b) => b as i64,
            _ => match self.as_i64(v) {
                Some(n) => n,
                None if self.as_bigint(v).is_some() => {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"))
                }
                None => return Err(self.type_error("an integer is required")),
            },
        };
        if n < 0 {
            return Err(self.value_error("maxlen must be non-negative"));
        }
        Ok(Some(n as usize))
    }

    /// `deque.__init__(self, iterable=(), maxlen=None)` on deque `r`.
    pub(crate) fn deque_init(&mut self, r: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<()> {
        if args.len() + kw.len() > 2 {
            return Err(self.type_error(format!(
                "deque() takes at most 2 arguments ({} given)",
                args.len() + kw.len()
            )));
        }
        let mut iterable = args.first().copied();
        let mut maxlen = args.get(1).copied();
        for &(k, v) in kw {
            let name = self.heap.str(k).to_string();
            let (slot, ix) = match name.as_str() {
                "iterable" => (&mut iterable, 1),
                "maxlen" => (&mut maxlen, 2),
                _ => {
                    return Err(self.type_error(format!(
                        "'{}' is an invalid keyword argument for deque()",
                        name
                    )))
                }
            };
            if slot.is_some() && ix <= args.len() {
                return Err(self.type_error(format!(
                    "argument for deque() given by name ('{}') and position ({})",
                    name, ix
                )));
            }
            *slot = Some(v);
        }
        let maxlen = match maxlen {
            Some(m) => self.deque_maxlen_arg(m)?,
            None => None,
        };
        if !self.deque_ref(r).is_empty() {
            self.deque_clear(r);
        }
        self.deque_mut(r).maxlen = maxlen;
        if let Some(it) = iterable {
            self.deque_extend(r, it, false)?;
        }
        Ok(())
    }
}

/// `deque(...)` for the exact type: a new deque, then `__init__`.
pub fn deque_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = vm.new_deque(None);
    let Value::Obj(r) = d else { unreachable!() };
    match vm.deque_init(r, args, kw) {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

/// `_deque_iterator(d, index=0)` / `_deque_reverse_iterator(d, index=0)`: an iterator
/// over deque `d` (or a subclass instance) that has already stepped past `index`
/// items. As CPython's parser for it reads positionals only, keyword arguments are
/// ignored; an index below zero skips nothing and one past the end leaves it empty.
pub fn deque_iter_new(vm: &mut Vm, reverse: bool, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() {
            "function takes at least 1 argument (0 given)".to_string()
        } else {
            format!("function takes at most 2 arguments ({} given)", args.len())
        };
        return Err(vm.type_error(msg));
    }
    let d = args[0];
    let Some(r) = vm.deque_of(d) else {
        let tn = vm.type_name(d);
        return Err(vm.type_error(format!("argument 1 must be collections.deque, not {tn}")));
    };
    let skip = match args.get(1) {
        Some(&Value::Bool(b)) => b as i64,
        Some(&i) => crate::runtime::builtins::int_arg(vm, i)?,
        None => 0,
    };
    let len = vm.deque_ref(r).len();
    // Stepping one item at a time as CPython does would take `index` steps even
    // past the end; the position it ends at is known without walking.
    let skip = (skip.max(0) as u64).min(len as u64) as usize;
    let it = vm.deque_iter(d, reverse);
    if let Value::Obj(ir) = it {
        if let Obj::Iter(i) = vm.heap.get_mut(ir) {
            if let IterObj::Deque { index, counter, .. } = &mut **i {
                *index = if reverse {
                    index.wrapping_sub(skip)
                } else {
                    skip
                };
                *counter = len - skip;
            }
        }
    }
    Ok(it)
}
