//! Advancing the itertools objects: each type's `tp_iternext` (CPython's
//! `count_next`, `chain_next`, `islice_next`, `product_next`, ... in
//! Modules/itertoolsmodule.c). `Vm::builtin_iter_next` dispatches here for
//! `IterObj::Tool`; no Python frame is involved unless a user function is called.
//!
//! The state is read out of the heap slot, the work done (which may run Python code
//! that touches this very object), and what changed written back with the old value
//! released, so re-entrant use can give odd values but never a wrong count.
//! The combinatoric iterators reuse their result tuple when nobody else holds it, as
//! CPython does.

use super::{ToolObj, LINKCELLS};
use crate::bytecode::BinOp;
use crate::runtime::object::{IterObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

/// Replaces the field a pattern binds in the itertools object `r` with `new`
/// (owned), releasing the old value; when the object no longer has that shape (the
/// collector cleared it), `new` is released instead.
macro_rules! put {
    ($vm:expr, $r:expr, $pat:pat => $slot:expr, $new:expr) => {{
        let new: Value = $new;
        let old = match $vm.tool_mut($r) {
            Some($pat) => std::mem::replace($slot, new),
            _ => new,
        };
        if !old.is_undef() {
            $vm.decref(old);
        }
    }};
}

/// Sets a plain (non-reference) field of the itertools object `r`.
macro_rules! set {
    ($vm:expr, $r:expr, $pat:pat => $body:expr) => {{
        if let Some($pat) = $vm.tool_mut($r) {
            $body;
        }
    }};
}

impl Vm {
    /// The itertools state of the object `r`, mutably.
    #[inline]
    pub(crate) fn tool_mut(&mut self, r: ObjRef) -> Option<&mut ToolObj> {
        match self.heap.get_mut(r) {
            Obj::Iter(i) => match &mut **i {
                IterObj::Tool(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// The itertools state of the object `r`.
    #[inline]
    pub(crate) fn tool_ref(&self, r: ObjRef) -> Option<&ToolObj> {
        match self.heap.get(r) {
            Obj::Iter(i) => match &**i {
                IterObj::Tool(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// A call of a user function from an iterator step: its StopIteration ends the
    /// iteration (CPython's iternext returning NULL with it set), and `next()` gets
    /// it back when `want` says `next()` is asking.
    fn tool_call(&mut self, want: bool, f: Value, args: &[Value]) -> PyResult<Option<Value>> {
        let r = self.call_value(f, args, &[]);
        self.stop_as_end(want, r)
    }

    /// `next(it)` of an input whose end is this iterator's end too (CPython calls
    /// its `tp_iternext` directly, so `next()` sees a generator's StopIteration
    /// value): `want` is passed on.
    #[inline]
    fn inner_next(&mut self, want: bool, it: Value) -> PyResult<Option<Value>> {
        self.want_stop = want;
        let r = self.iter_next(it);
        self.want_stop = false;
        r
    }

    /// `bool(f(v))` for a predicate step, with `tool_call`'s StopIteration rule.
    fn tool_pred(&mut self, want: bool, f: Value, v: Value) -> PyResult<Option<bool>> {
        let Some(x) = self.tool_call(want, f, &[v])? else {
            return Ok(None);
        };
        let t = self.truthy(x);
        self.decref(x);
        t.map(Some)
    }

    /// `next()` of the itertools object `r`: Some(owned value) or None when exhausted.
    pub(crate) fn tool_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let want = std::mem::take(&mut self.want_stop);
        let Some(t) = self.tool_mut(r) else {
            return Ok(None);
        };
        match t {
            ToolObj::Count { cur, step, fast } => {
                let (c, s) = (*cur, *step);
                if *fast {
                    if let Value::Int(n) = c {
                        let n = self.heap.int_of(n);
                        // The owned count goes to the caller; the next one replaces it.
                        let next = self.heap.int(n + 1);
                        if let Some(ToolObj::Count { cur, fast, .. }) = self.tool_mut(r) {
                            *cur = next;
                            *fast = n + 1 < i64::MAX;
                        }
                        return Ok(Some(c));
                    }
                }
                self.incref(c);
                let next = match self.binary_op(c, s, BinOp::Add) {
                    Ok(v) => v,
                    Err(e) => {
                        self.decref(c);
                        return Err(e);
                    }
                };
                put!(self, r, ToolObj::Count { cur, .. } => cur, next);
                Ok(Some(c))
            }
            ToolObj::Cycle {
                it,
                saved,
                index,
                firstpass,
            } => {
                let (it, saved, index, firstpass) = (*it, *saved, *index, *firstpass);
                if !it.is_undef() {
                    match self.iter_next(it)? {
                        Some(v) => {
                            if !firstpass {
                                if let Value::Obj(l) = saved {
                                    self.incref(v);
                                    if let Obj::List(l) = self.heap.get_mut(l) {
                                        l.push(v);
                                    } else {
                                        self.decref(v);
                                    }
                                }
                            }
                            return Ok(Some(v));
                        }
                        None => put!(self, r, ToolObj::Cycle { it, .. } => it, Value::Undef),
                    }
                }
                let item = match saved {
                    Value::Obj(l) => match self.heap.get(l) {
                        Obj::List(l) if !l.items.is_empty() => {
                            let i = if index < l.items.len() { index } else { 0 };
                            Some((l.items[i], (i + 1) % l.items.len()))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let Some((v, next)) = item else {
                    return Ok(None);
                };
                self.incref(v);
                set!(self, r, ToolObj::Cycle { index, .. } => *index = next);
                Ok(Some(v))
            }
            ToolObj::Repeat { obj, left } => {
                let obj = *obj;
                match *left {
                    0 => return Ok(None),
                    n if n > 0 => *left = n - 1,
                    _ => {}
                }
                self.incref(obj);
                Ok(Some(obj))
            }
            ToolObj::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                let (it, func, total, initial) = (*it, *func, *total, *initial);
                if !matches!(initial, Value::None) {
                    // The initial value comes first, then stands as the total.
                    if let Some(ToolObj::Accumulate {
                        total, initial: i, ..
                    }) = self.tool_mut(r)
                    {
                        let old = std::mem::replace(total, initial);
                        *i = Value::None;
                        if !old.is_undef() {
                            self.decref(old);
                        }
                    }
                    self.incref(initial);
                    return Ok(Some(initial));
                }
                let Some(v) = self.inner_next(want, it)? else {
                    return Ok(None);
                };
                if total.is_undef() {
                    self.incref(v);
                    put!(self, r, ToolObj::Accumulate { total, .. } => total, v);
                    return Ok(Some(v));
                }
                self.incref(total);
                let res = if matches!(func, Value::None) {
                    self.binary_op(total, v, BinOp::Add).map(Some)
                } else {
                    self.tool_call(want, func, &[total, v])
                };
                self.decref(total);
                self.decref(v);
                let Some(new) = res? else {
                    return Ok(None);
                };
                self.incref(new);
                put!(self, r, ToolObj::Accumulate { total, .. } => total, new);
                Ok(Some(new))
            }
            ToolObj::Chain { .. } => self.chain_next(r),
            ToolObj::Compress { data, selectors } => {
                let (data, selectors) = (*data, *selectors);
                loop {
                    let Some(d) = self.inner_next(want, data)? else {
                        return Ok(None);
                    };
                    let s = match self.inner_next(want, selectors) {
                        Ok(Some(s)) => s,
                        Ok(None) => {
                            self.decref(d);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.decref(d);
                            return Err(e);
                        }
                    };
                    let ok = self.truthy(s);
                    self.decref(s);
                    match ok {
                        Ok(true) => return Ok(Some(d)),
                        Ok(false) => self.decref(d),
                        Err(e) => {
                            self.decref(d);
                            return Err(e);
                        }
                    }
                }
            }
            ToolObj::DropWhile { func, it, started } => {
                let (func, it, started) = (*func, *it, *started);
                loop {
                    let Some(v) = self.inner_next(want, it)? else {
                        return Ok(None);
                    };
                    if started {
                        return Ok(Some(v));
                    }
                    match self.tool_pred(want, func, v) {
                        Ok(Some(true)) => self.decref(v),
                        Ok(Some(false)) => {
                            set!(self, r, ToolObj::DropWhile { started, .. } => *started = true);
                            return Ok(Some(v));
                        }
                        other => {
                            self.decref(v);
                            return other.map(|_| None);
                        }
                    }
                }
            }
            ToolObj::TakeWhile { func, it, stopped } => {
                let (func, it) = (*func, *it);
                if *stopped {
                    return Ok(None);
                }
                let Some(v) = self.inner_next(want, it)? else {
                    return Ok(None);
                };
                match self.tool_pred(want, func, v) {
                    Ok(Some(true)) => Ok(Some(v)),
                    Ok(Some(false)) => {
                        self.decref(v);
                        set!(self, r, ToolObj::TakeWhile { stopped, .. } => *stopped = true);
                        Ok(None)
                    }
                    other => {
                        self.decref(v);
                        other.map(|_| None)
                    }
                }
            }
            ToolObj::FilterFalse { func, it } => {
                let (func, it) = (*func, *it);
                let plain = matches!(func, Value::None) || func.is(Value::Obj(self.types.bool_));
                loop {
                    let Some(v) = self.inner_next(want, it)? else {
                        return Ok(None);
                    };
                    let ok = if plain {
                        self.truthy(v).map(Some)
                    } else {
                        self.tool_pred(want, func, v)
                    };
                    match ok {
                        Ok(Some(false)) => return Ok(Some(v)),
                        Ok(Some(true)) => self.decref(v),
                        other => {
                            self.decref(v);
                            return other.map(|_| None);
                        }
                    }
                }
            }
            ToolObj::StarMap { func, it } => {
                let (func, it) = (*func, *it);
                let Some(a) = self.inner_next(want, it)? else {
                    return Ok(None);
                };
                // The arguments as a tuple (CPython's `PySequence_Tuple`), which keeps
                // them alive while the function runs.
                let is_tuple =
                    matches!(a, Value::Obj(t) if matches!(self.heap.get(t), Obj::Tuple(_)));
                let t = if is_tuple {
                    a
                } else {
                    let items = self.collect_iter(a);
                    self.decref(a);
                    let items = items?;
                    self.new_tuple(items)
                };
                let items = self.seq_items(t).unwrap_or_default();
                let res = self.tool_call(want, func, &items);
                self.decref(t);
                res
            }
            ToolObj::GroupBy { .. } => self.groupby_next(r, want),
            ToolObj::Grouper {
                parent,
                tgtkey,
                group,
            } => {
                let (parent, tgtkey, group) = (*parent, *tgtkey, *group);
                let Value::Obj(p) = parent else {
                    return Ok(None);
                };
                let Some(ToolObj::GroupBy {
                    currvalue,
                    group: g,
                    ..
                }) = self.tool_ref(p)
                else {
                    return Ok(None);
                };
                if *g != group {
                    return Ok(None);
                }
                if currvalue.is_undef() && !self.groupby_step(p, want)? {
                    return Ok(None);
                }
                let Some(ToolObj::GroupBy { currkey, .. }) = self.tool_ref(p) else {
                    return Ok(None);
                };
                let currkey = *currkey;
                self.incref(currkey);
                self.incref(tgtkey);
                let same = self.eq(tgtkey, currkey);
                self.decref(tgtkey);
                self.decref(currkey);
                if !same? {
                    return Ok(None);
                }
                let mut v = Value::Undef;
                let mut key = Value::Undef;
                if let Some(ToolObj::GroupBy {
                    currvalue, currkey, ..
                }) = self.tool_mut(p)
                {
                    v = std::mem::replace(currvalue, Value::Undef);
                    key = std::mem::replace(currkey, Value::Undef);
                }
                if !key.is_undef() {
                    self.decref(key);
                }
                Ok((!v.is_undef()).then_some(v))
            }
            ToolObj::ISlice { .. } => self.islice_next(r, want),
            ToolObj::Tee { data, index } => {
                let (mut data, mut index) = (*data, *index);
                let Value::Obj(_) = data else {
                    return Ok(None);
                };
                if index >= LINKCELLS {
                    let link = self.teedata_jumplink(data);
                    put!(self, r, ToolObj::Tee { data, .. } => data, link);
                    set!(self, r, ToolObj::Tee { index, .. } => *index = 0);
                    data = link;
                    index = 0;
                }
                let Some(v) = self.teedata_get(data, index)? else {
                    return Ok(None);
                };
                set!(self, r, ToolObj::Tee { index: i, .. } => *i = index + 1);
                Ok(Some(v))
            }
            ToolObj::TeeData { .. } => Ok(None),
            ToolObj::ZipLongest { .. } => self.zip_longest_next(r),
            ToolObj::Pairwise { it, old } => {
                // CPython 3.11.7's `pairwise_next`, reentrancy included: a `next()` of
                // this pairwise from inside the inner iterator may replace `old` or
                // end `it` under us, so both are read again after the first step and
                // the pair is built from the `old` held here.
                let (mut it, mut old) = (*it, *old);
                if it.is_undef() {
                    return Ok(None);
                }
                if old.is_undef() {
                    match self.inner_next(want, it) {
                        Ok(Some(v)) => {
                            old = v;
                            put!(self, r, ToolObj::Pairwise { old, .. } => old, v);
                        }
                        other => {
                            put!(self, r, ToolObj::Pairwise { old, .. } => old, Value::Undef);
                            put!(self, r, ToolObj::Pairwise { it, .. } => it, Value::Undef);
                            return other;
                        }
                    }
                    it = match self.tool_ref(r) {
                        Some(ToolObj::Pairwise { it, .. }) => *it,
                        _ => Value::Undef,
                    };
                    if it.is_undef() {
                        put!(self, r, ToolObj::Pairwise { old, .. } => old, Value::Undef);
                        return Ok(None);
                    }
                }
                self.incref(old);
                match self.inner_next(want, it) {
                    Ok(Some(new)) => {
                        // The pair holds both; `new` also stays as the next `old`.
                        self.incref(new);
                        let pair = self.new_tuple(vec![old, new]);
                        put!(self, r, ToolObj::Pairwise { old, .. } => old, new);
                        Ok(Some(pair))
                    }
                    other => {
                        put!(self, r, ToolObj::Pairwise { it, .. } => it, Value::Undef);
                        put!(self, r, ToolObj::Pairwise { old, .. } => old, Value::Undef);
                        self.decref(old);
                        other
                    }
                }
            }
            ToolObj::Product { .. } => Ok(self.product_next(r)),
            ToolObj::Permutations { .. } => Ok(self.permutations_next(r)),
            ToolObj::Combinations { .. } => Ok(self.combinations_next(r)),
        }
    }

    /// `chain_next`: the next item of the active iterable, moving on to the next
    /// iterable when it ends. An error getting an iterable ends the chain.
    fn chain_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        loop {
            let Some(ToolObj::Chain { source, active }) = self.tool_ref(r) else {
                return Ok(None);
            };
            let (source, active) = (*source, *active);
            if source.is_undef() {
                return Ok(None);
            }
            if active.is_undef() {
                let got = match self.iter_next(source) {
                    Ok(Some(iterable)) => {
                        let a = self.get_iter(iterable);
                        self.decref(iterable);
                        a.map(Some)
                    }
                    other => other.map(|_| None),
                };
                match got {
                    Ok(Some(a)) => put!(self, r, ToolObj::Chain { active, .. } => active, a),
                    other => {
                        put!(self, r, ToolObj::Chain { source, .. } => source, Value::Undef);
                        return other;
                    }
                }
                continue;
            }
            if let Some(v) = self.iter_next(active)? {
                return Ok(Some(v));
            }
            put!(self, r, ToolObj::Chain { active, .. } => active, Value::Undef);
        }
    }

    /// `groupby_next`: skips what is left of the current group, then gives
    /// `(key, _grouper)` for the next one.
    fn groupby_next(&mut self, r: ObjRef, want: bool) -> PyResult<Option<Value>> {
        // Any group handed out before is over (CPython clears `currgrouper`).
        set!(self, r, ToolObj::GroupBy { group, .. } => *group += 1);
        loop {
            let Some(ToolObj::GroupBy {
                tgtkey, currkey, ..
            }) = self.tool_ref(r)
            else {
                return Ok(None);
            };
            let (tgtkey, currkey) = (*tgtkey, *currkey);
            if !currkey.is_undef() {
                if tgtkey.is_undef() {
                    break;
                }
                self.incref(tgtkey);
                self.incref(currkey);
                let same = self.eq(tgtkey, currkey);
                self.decref(tgtkey);
                self.decref(currkey);
                if !same? {
                    break;
                }
            }
            if !self.groupby_step(r, want)? {
                return Ok(None);
            }
        }
        let Some(ToolObj::GroupBy { currkey, .. }) = self.tool_ref(r) else {
            return Ok(None);
        };
        let key = *currkey;
        self.incref(key);
        put!(self, r, ToolObj::GroupBy { tgtkey, .. } => tgtkey, key);
        let grouper = self.new_grouper(Value::Obj(r), key);
        self.incref(key);
        Ok(Some(self.new_tuple(vec![key, grouper])))
    }

    /// `groupby_step`: reads the next value and its key into the groupby `r`;
    /// false when the input is exhausted.
    pub(crate) fn groupby_step(&mut self, r: ObjRef, want: bool) -> PyResult<bool> {
        let Some(ToolObj::GroupBy { it, keyfunc, .. }) = self.tool_ref(r) else {
            return Ok(false);
        };
        let (it, keyfunc) = (*it, *keyfunc);
        let Some(v) = self.iter_next(it)? else {
            return Ok(false);
        };
        let key = if matches!(keyfunc, Value::None) {
            self.incref(v);
            v
        } else {
            match self.tool_call(want, keyfunc, &[v]) {
                Ok(Some(k)) => k,
                other => {
                    self.decref(v);
                    return other.map(|_| false);
                }
            }
        };
        put!(self, r, ToolObj::GroupBy { currvalue, .. } => currvalue, v);
        put!(self, r, ToolObj::GroupBy { currkey, .. } => currkey, key);
        Ok(true)
    }

    /// `islice_next`: skips to the next wanted index, then reads it. The end of the
    /// input or of the slice drops the iterator.
    fn islice_next(&mut self, r: ObjRef, want: bool) -> PyResult<Option<Value>> {
        let Some(ToolObj::ISlice {
            it,
            next,
            stop,
            step,
            cnt,
        }) = self.tool_ref(r)
        else {
            return Ok(None);
        };
        let (it, next, stop, step, mut cnt) = (*it, *next, *stop, *step, *cnt);
        if it.is_undef() {
            return Ok(None);
        }
        while cnt < next {
            match self.inner_next(want, it) {
                Ok(Some(v)) => self.decref(v),
                other => {
                    put!(self, r, ToolObj::ISlice { it, .. } => it, Value::Undef);
                    return other;
                }
            }
            cnt += 1;
            set!(self, r, ToolObj::ISlice { cnt: c, .. } => *c = cnt);
        }
        if stop != -1 && cnt >= stop {
            put!(self, r, ToolObj::ISlice { it, .. } => it, Value::Undef);
            return Ok(None);
        }
        match self.inner_next(want, it) {
            Ok(Some(v)) => {
                let mut nx = next.checked_add(step).unwrap_or(stop);
                if stop != -1 && nx > stop {
                    nx = stop;
                }
                set!(self, r, ToolObj::ISlice { cnt: c, next: n, .. } => {
                    *c = cnt + 1;
                    *n = nx;
                });
                Ok(Some(v))
            }
            other => {
                put!(self, r, ToolObj::ISlice { it, .. } => it, Value::Undef);
                other
            }
        }
    }

    /// The tee buffer after `data` (made on first use), owned.
    fn teedata_jumplink(&mut self, data: Value) -> Value {
        let Value::Obj(d) = data else {
            return Value::Undef;
        };
        let (it, next) = match self.tool_ref(d) {
            Some(ToolObj::TeeData { it, next, .. }) => (*it, *next),
            _ => return Value::Undef,
        };
        if !next.is_undef() {
            self.incref(next);
            return next;
        }
        self.incref(it);
        let link = self.new_tool(ToolObj::TeeData {
            it,
            values: Vec::new(),
            next: Value::Undef,
            running: false,
        });
        self.incref(link);
        put!(self, d, ToolObj::TeeData { next, .. } => next, link);
        link
    }

    /// Value `i` of the tee buffer `data` (owned), read from the shared iterator
    /// when no tee got that far yet.
    fn teedata_get(&mut self, data: Value, i: usize) -> PyResult<Option<Value>> {
        let Value::Obj(d) = data else {
            return Ok(None);
        };
        let (it, running) = match self.tool_ref(d) {
            Some(ToolObj::TeeData {
                values,
                it,
                running,
                ..
            }) => {
                if let Some(&v) = values.get(i) {
                    self.incref(v);
                    return Ok(Some(v));
                }
                if i > values.len() {
                    return Ok(None);
                }
                (*it, *running)
            }
            _ => return Ok(None),
        };
        if running {
            return Err(self.err("RuntimeError", "cannot re-enter the tee iterator"));
        }
        set!(self, d, ToolObj::TeeData { running, .. } => *running = true);
        let res = self.iter_next(it);
        set!(self, d, ToolObj::TeeData { running, .. } => *running = false);
        let Some(v) = res? else {
            return Ok(None);
        };
        self.incref(v);
        let mut stored = false;
        if let Some(ToolObj::TeeData { values, .. }) = self.tool_mut(d) {
            if values.len() == i {
                values.push(v);
                stored = true;
            }
        }
        if !stored {
            self.decref(v);
        }
        Ok(Some(v))
    }

    /// `zip_longest_next`: a tuple of the next items, the fill value standing for an
    /// exhausted input, until all are exhausted.
    fn zip_longest_next(&mut self, r: ObjRef) -> PyResult<Option<Value>> {
        let Some(ToolObj::ZipLongest { its, active, .. }) = self.tool_ref(r) else {
            return Ok(None);
        };
        let n = its.len();
        if n == 0 || *active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let (it, fill) = match self.tool_ref(r) {
                Some(ToolObj::ZipLongest { its, fill, .. }) if i < its.len() => (its[i], *fill),
                _ => (Value::Undef, Value::None),
            };
            if it.is_undef() {
                self.incref(fill);
                out.push(fill);
                continue;
            }
            let got = self.iter_next(it);
            match got {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {
                    let mut left = 0;
                    set!(self, r, ToolObj::ZipLongest { active, .. } => {
                        *active = active.saturating_sub(1);
                        left = *active;
                    });
                    if left == 0 {
                        for v in out {
                            self.decref(v);
                        }
                        return Ok(None);
                    }
                    self.incref(fill);
                    out.push(fill);
                    let mut old = Value::Undef;
                    if let Some(ToolObj::ZipLongest { its, .. }) = self.tool_mut(r) {
                        if i < its.len() {
                            old = std::mem::replace(&mut its[i], Value::Undef);
                        }
                    }
                    if !old.is_undef() {
                        self.decref(old);
                    }
                }
                Err(e) => {
                    set!(self, r, ToolObj::ZipLongest { active, .. } => *active = 0);
                    for v in out {
                        self.decref(v);
                    }
                    return Err(e);
                }
            }
        }
        Ok(Some(self.new_tuple(out)))
    }

    /// Item `i` of the tuple `t` (borrowed).
    #[inline]
    fn tuple_item(&self, t: Value, i: usize) -> Value {
        match t {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(items) => items.get(i).copied().unwrap_or(Value::None),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// Makes `result` (the tool's last result tuple, `r` the tool) safe to change in
    /// place: itself when nobody else holds it, else a copy that replaces it in the
    /// tool. Returns the tuple to fill.
    fn own_result(&mut self, r: ObjRef, result: Value) -> Value {
        let Value::Obj(t) = result else {
            return result;
        };
        if self.heap.rc(t) == 1 {
            // The collector may have untracked it while it held only atoms.
            if !self.heap.is_tracked(t) {
                self.heap.track(t);
            }
            return result;
        }
        let items = match self.heap.get(t) {
            Obj::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        };
        for &v in &items {
            self.incref(v);
        }
        let copy = self.new_tuple(items);
        self.set_result(r, copy);
        copy
    }

    /// Stores `t` (owned) as the result tuple of the combinatoric tool `r`.
    fn set_result(&mut self, r: ObjRef, t: Value) {
        let old = match self.tool_mut(r) {
            Some(
                ToolObj::Product { result, .. }
                | ToolObj::Permutations { result, .. }
                | ToolObj::Combinations { result, .. },
            ) => std::mem::replace(result, t),
            _ => t,
        };
        if !old.is_undef() {
            self.decref(old);
        }
    }

    /// Puts `v` (borrowed) at position `i` of the tuple `t` this tool owns alone.
    #[inline]
    fn set_tuple_item(&mut self, t: Value, i: usize, v: Value) {
        let Value::Obj(tr) = t else { return };
        self.incref(v);
        let old = match self.heap.get_mut(tr) {
            Obj::Tuple(items) if i < items.len() => std::mem::replace(&mut items[i], v),
            _ => v,
        };
        self.decref(old);
    }

    /// Gives out the result tuple (a new reference).
    fn give_result(&mut self, t: Value) -> Option<Value> {
        self.incref(t);
        Some(t)
    }

    fn set_stopped(&mut self, r: ObjRef) {
        set!(self, r, ToolObj::Product { stopped, .. }
            | ToolObj::Permutations { stopped, .. }
            | ToolObj::Combinations { stopped, .. } => *stopped = true);
    }

    /// `product_next`: the pools' indices advance like an odometer, rightmost
    /// fastest.
    fn product_next(&mut self, r: ObjRef) -> Option<Value> {
        let Some(ToolObj::Product {
            pools,
            result,
            stopped,
            ..
        }) = self.tool_ref(r)
        else {
            return None;
        };
        let (pools, result) = (*pools, *result);
        if *stopped {
            return None;
        }
        let npools = self.tuple_len(pools);
        if result.is_undef() {
            let mut items = Vec::with_capacity(npools);
            for i in 0..npools {
                let pool = self.tuple_item(pools, i);
                if self.tuple_len(pool) == 0 {
                    self.set_stopped(r);
                    return None;
                }
                items.push(self.tuple_item(pool, 0));
            }
            for &v in &items {
                self.incref(v);
            }
            let t = self.new_tuple(items);
            self.set_result(r, t);
            return self.give_result(t);
        }
        let t = self.own_result(r, result);
        let mut indices = match self.tool_mut(r) {
            Some(ToolObj::Product { indices, .. }) => std::mem::take(indices),
            _ => return None,
        };
        let mut done = true;
        for i in (0..npools.min(indices.len())).rev() {
            let pool = self.tuple_item(pools, i);
            indices[i] += 1;
            if indices[i] >= self.tuple_len(pool) {
                indices[i] = 0;
                let v = self.tuple_item(pool, 0);
                self.set_tuple_item(t, i, v);
            } else {
                let v = self.tuple_item(pool, indices[i]);
                self.set_tuple_item(t, i, v);
                done = false;
                break;
            }
        }
        set!(self, r, ToolObj::Product { indices: ix, .. } => *ix = indices);
        if done {
            self.set_stopped(r);
            return None;
        }
        self.give_result(t)
    }

    /// `permutations_next`: CPython's cycles algorithm over the index array.
    fn permutations_next(&mut self, r: ObjRef) -> Option<Value> {
        let Some(ToolObj::Permutations {
            pool,
            r: rr,
            result,
            stopped,
            indices,
            ..
        }) = self.tool_ref(r)
        else {
            return None;
        };
        let (pool, rr, result) = (*pool, *rr, *result);
        if *stopped {
            return None;
        }
        let n = self.tuple_len(pool);
        if result.is_undef() {
            let items: Vec<Value> = indices[..rr.min(indices.len())]
                .iter()
                .map(|&i| self.tuple_item(pool, i))
                .collect();
            for &v in &items {
                self.incref(v);
            }
            let t = self.new_tuple(items);
            self.set_result(r, t);
            return self.give_result(t);
        }
        if n == 0 {
            self.set_stopped(r);
            return None;
        }
        let t = self.own_result(r, result);
        let (mut indices, mut cycles) = match self.tool_mut(r) {
            Some(ToolObj::Permutations {
                indices, cycles, ..
            }) => (std::mem::take(indices), std::mem::take(cycles)),
            _ => return None,
        };
        let mut done = true;
        if indices.len() == n && cycles.len() == rr {
            for i in (0..rr).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    for (k, &ix) in indices.iter().enumerate().take(rr).skip(i) {
                        let v = self.tuple_item(pool, ix);
                        self.set_tuple_item(t, k, v);
                    }
                    done = false;
                    break;
                }
            }
        }
        set!(self, r, ToolObj::Permutations { indices: ix, cycles: cy, .. } => {
            *ix = indices;
            *cy = cycles;
        });
        if done {
            self.set_stopped(r);
            return None;
        }
        self.give_result(t)
    }

    /// `combinations_next` and `cwr_next`: the index array advances in sorted
    /// (lexicographic) order.
    fn combinations_next(&mut self, r: ObjRef) -> Option<Value> {
        let Some(ToolObj::Combinations {
            pool,
            r: rr,
            result,
            stopped,
            indices,
            with_replacement,
        }) = self.tool_ref(r)
        else {
            return None;
        };
        let (pool, rr, result, wr) = (*pool, *rr, *result, *with_replacement);
        if *stopped {
            return None;
        }
        let n = self.tuple_len(pool);
        if result.is_undef() {
            let items: Vec<Value> = indices
                .iter()
                .map(|&i| {
                    if n > 0 {
                        self.tuple_item(pool, i)
                    } else {
                        Value::None
                    }
                })
                .collect();
            for &v in &items {
                self.incref(v);
            }
            let t = self.new_tuple(items);
            self.set_result(r, t);
            return self.give_result(t);
        }
        let t = self.own_result(r, result);
        let mut indices = match self.tool_mut(r) {
            Some(ToolObj::Combinations { indices, .. }) => std::mem::take(indices),
            _ => return None,
        };
        // The rightmost index not yet at its maximum.
        let max = |i: usize| if wr { n - 1 } else { i + n - rr };
        let mut found = None;
        if n > 0 && indices.len() == rr {
            for i in (0..rr).rev() {
                if indices[i] != max(i) {
                    found = Some(i);
                    break;
                }
            }
        }
        if let Some(i) = found {
            indices[i] += 1;
            for j in i + 1..rr {
                indices[j] = if wr { indices[i] } else { indices[j - 1] + 1 };
            }
            for (k, &ix) in indices.iter().enumerate().skip(i) {
                let v = self.tuple_item(pool, ix);
                self.set_tuple_item(t, k, v);
            }
        }
        set!(self, r, ToolObj::Combinations { indices: ix, .. } => *ix = indices);
        if found.is_none() {
            self.set_stopped(r);
            return None;
        }
        self.give_result(t)
    }
}
