//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654; CPython's
//! `BaseExceptionGroup_new`, `BaseExceptionGroup_str`, `derive`, `split`,
//! `subgroup` and the except* helpers `_PyExc_PrepReraiseStar` and the interpreter's
//! `exception_group_match`, Objects/exceptions.c and Python/ceval.c).
//!
//! A group is an exception whose `ExcState::fields` hold `message` (field 0) and
//! `exceptions` (field 1, a tuple), CPython's `PyBaseExceptionGroupObject` members,
//! read through member descriptors like NameError's `name`.

use std::collections::HashSet;

use crate::runtime::builtins::add_methods;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

/// The field index of `message`.
const MESSAGE: usize = 0;
/// The field index of `exceptions`.
const EXCEPTIONS: usize = 1;

/// Registers `__new__`, the members and the methods of BaseExceptionGroup.
pub fn install(vm: &mut Vm) {
    let beg = vm.exc_type("BaseExceptionGroup");
    super::fields::add_member(vm, beg, "message", MESSAGE as u32);
    super::fields::add_member(vm, beg, "exceptions", EXCEPTIONS as u32);
    add_methods(
        vm,
        beg,
        &[
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
            ("__init__", eg_init),
        ],
    );
    crate::runtime::builtins::add_tp_new(vm, beg, eg_new_method);
    // ExceptionGroup is a heap type in CPython (`PyErr_NewException`): weakly
    // referenceable, with the `__weakref__` getset.
    let eg = vm.exc_type("ExceptionGroup");
    super::fields::add_descriptor(
        vm,
        eg,
        "__weakref__",
        0,
        crate::runtime::types::member::MemberKind::Weakref,
    );
}

impl Vm {
    /// Whether `v` is an exception group (CPython's `_PyBaseExceptionGroup_Check`).
    pub fn is_exception_group(&self, v: Value) -> bool {
        self.exc_matches(v, "BaseExceptionGroup")
    }

    /// A group's `exceptions` as a vector (borrowed items); empty for anything else.
    pub fn group_exceptions(&self, eg: Value) -> Vec<Value> {
        let t = self.exc_field(eg, EXCEPTIONS);
        self.seq_items(t).unwrap_or_default()
    }

    /// A group's `message` (borrowed).
    pub fn group_message(&self, eg: Value) -> Value {
        self.exc_field(eg, MESSAGE)
    }

    /// `str()` of a group: `message (n sub-exception[s])`; None for other exceptions.
    pub(crate) fn group_str(&mut self, v: Value) -> PyResult<Option<String>> {
        if !self.is_exception_group(v) {
            return Ok(None);
        }
        let m = self.group_message(v);
        let m = self.to_str(m)?;
        let n = self.group_exceptions(v).len();
        let s = if n > 1 { "s" } else { "" };
        Ok(Some(format!("{m} ({n} sub-exception{s})")))
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new_method(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let beg = vm.exc_type("BaseExceptionGroup");
    let cls = vm.new_target(beg, args)?;
    group_new(vm, cls, &args[1..], kw)
}

/// BaseExceptionGroup's `__init__`: BaseException's, which takes no keywords.
fn eg_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    super::fields::reinit(vm, args, kw)
}

/// Whether `v` passes CPython's `PySequence_Check`: a builtin sequence, or an
/// instance whose class has `__getitem__` and is not a dict.
fn sequence_check(vm: &mut Vm, v: Value) -> bool {
    if vm.is_sequence(v) {
        return true;
    }
    let Value::Obj(r) = v else { return false };
    if matches!(vm.heap.get(r), Obj::Dict(_)) {
        return false;
    }
    if vm.is_instance(v, vm.types.dict) {
        return false;
    }
    let t = vm.type_of(v);
    match vm.class_lookup(t, "__getitem__") {
        Some(m) => {
            vm.decref(m);
            true
        }
        None => false,
    }
}

/// Makes a group of class `cls` (or ExceptionGroup, when BaseExceptionGroup is asked
/// for and every member is an Exception) from `message` and `exceptions` (CPython's
/// `BaseExceptionGroup_new`; `args` borrowed, the new group owned).
pub fn group_new(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let _ = kw;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, excs) = (args[0], args[1]);
    if vm.as_str(message).is_none() {
        let tn = vm.type_name(message);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
        )));
    }
    if !sequence_check(vm, excs) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iter(excs)?;
    let tuple = vm.new_tuple(items);
    let items = vm.seq_items(tuple).unwrap_or_default();
    if items.is_empty() {
        vm.decref(tuple);
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, &e) in items.iter().enumerate() {
        if vm.exc_state(e).is_none() {
            vm.decref(tuple);
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.exc_matches(e, "Exception") {
            nested_base = true;
        }
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    let eg = vm.exc_type("ExceptionGroup");
    let mut cls = cls;
    if cls == eg {
        if nested_base {
            vm.decref(tuple);
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls == beg {
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && vm.is_subclass(cls, vm.exc_type("Exception")) {
        vm.decref(tuple);
        let n = vm.class_name(cls);
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
    }
    for &a in args {
        vm.incref(a);
    }
    let e = vm.new_exception(cls, args.to_vec());
    vm.incref(message);
    vm.set_exc_field(e, MESSAGE, message);
    vm.set_exc_field(e, EXCEPTIONS, tuple);
    Ok(e)
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn eg_derive(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "derive", args, 2, 2)?;
    let m = vm.group_message(args[0]);
    let beg = vm.exc_type("BaseExceptionGroup");
    group_new(vm, beg, &[m, args[1]], &[])
}

/// What `split`/`subgroup` match leaves against (CPython's `_exceptiongroup_split_matcher_type`).
enum Matcher {
    /// A class or a tuple of classes (`isinstance`).
    Type(Value),
    /// A callable called with each exception.
    Predicate(Value),
    /// The identities of the leaves to keep (the interpreter's projection).
    Ids(HashSet<u32>),
}

fn matcher_for(vm: &mut Vm, v: Value) -> PyResult<Matcher> {
    let is_class =
        |vm: &Vm, x: Value| matches!(x, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)));
    let is_exc_class = |vm: &Vm, x: Value| match x {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => {
            vm.is_subclass(r, vm.types.base_exception)
        }
        _ => false,
    };
    if !is_class(vm, v) {
        let c = crate::runtime::builtins::namespace::callable(vm, &[v], &[])?;
        if matches!(c, Value::Bool(true)) {
            return Ok(Matcher::Predicate(v));
        }
    }
    if is_exc_class(vm, v) {
        return Ok(Matcher::Type(v));
    }
    let is_tuple = matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    if is_tuple {
        let items = vm.seq_items(v).unwrap_or_default();
        if items.iter().all(|&x| is_exc_class(vm, x)) {
            return Ok(Matcher::Type(v));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, exc: Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => vm.exc_match(exc, *t),
        Matcher::Predicate(f) => {
            let r = vm.call_value(*f, &[exc], &[])?;
            let b = vm.truthy(r);
            vm.decref(r);
            b
        }
        Matcher::Ids(ids) => Ok(matches!(exc, Value::Obj(r) if ids.contains(&r.0))),
    }
}

/// The (match, rest) of `exc` (owned, `None` for an empty part; rest only when
/// `with_rest`), CPython's `exceptiongroup_split_recursive`.
fn split_rec(
    vm: &mut Vm,
    exc: Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, exc, m)? {
        vm.incref(exc);
        return Ok((Some(exc), None));
    }
    if !vm.is_exception_group(exc) {
        if with_rest {
            vm.incref(exc);
            return Ok((None, Some(exc)));
        }
        return Ok((None, None));
    }
    let items = vm.group_exceptions(exc);
    for &x in &items {
        vm.incref(x);
    }
    let mut hits = Vec::new();
    let mut rests = Vec::new();
    let mut failed = None;
    for &e in &items {
        if let Err(err) = vm.enter_native(" in exceptiongroup_split_recursive") {
            failed = Some(err);
            break;
        }
        let r = split_rec(vm, e, m, with_rest);
        vm.leave_native();
        match r {
            Ok((a, b)) => {
                hits.extend(a);
                rests.extend(b);
            }
            Err(err) => {
                failed = Some(err);
                break;
            }
        }
    }
    for x in items {
        vm.decref(x);
    }
    let drop_all = |vm: &mut Vm, hits: Vec<Value>, rests: Vec<Value>| {
        for x in hits.into_iter().chain(rests) {
            vm.decref(x);
        }
    };
    if let Some(err) = failed {
        drop_all(vm, hits, rests);
        return Err(err);
    }
    let matched = match subset(vm, exc, hits) {
        Ok(v) => v,
        Err(e) => {
            drop_all(vm, Vec::new(), rests);
            return Err(e);
        }
    };
    let rest = if with_rest {
        match subset(vm, exc, rests) {
            Ok(v) => v,
            Err(e) => {
                if let Some(x) = matched {
                    vm.decref(x);
                }
                return Err(e);
            }
        }
    } else {
        None
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and a copy of its
/// notes (CPython's `exceptiongroup_subset`); None for no exceptions. Takes `excs`.
fn subset(vm: &mut Vm, orig: Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = vm.new_list(excs);
    let derive = vm.intern("derive");
    let f = vm.get_attr(orig, derive);
    let f = match f {
        Ok(f) => f,
        Err(e) => {
            vm.decref(list);
            return Err(e);
        }
    };
    let r = vm.call_value(f, &[list], &[]);
    vm.decref(f);
    vm.decref(list);
    let eg = r?;
    if !vm.is_exception_group(eg) {
        vm.decref(eg);
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (tb, ctx, cause) = match vm.exc_state(orig) {
        Some(s) => (s.traceback, s.context, s.cause),
        None => (Value::None, Value::None, Value::None),
    };
    for v in [tb, ctx, cause] {
        vm.incref(v);
    }
    if let Some(s) = vm.exc_state_mut(eg) {
        let a = std::mem::replace(&mut s.traceback, tb);
        let b = std::mem::replace(&mut s.context, ctx);
        let c = std::mem::replace(&mut s.cause, cause);
        // PyException_SetCause also sets __suppress_context__.
        s.suppress_context = true;
        for v in [a, b, c] {
            vm.decref(v);
        }
    } else {
        for v in [tb, ctx, cause] {
            vm.decref(v);
        }
    }
    let key = vm.intern("__notes__");
    let notes = match vm.lookup_attr(orig, key) {
        Ok(n) => n,
        Err(e) => {
            vm.decref(eg);
            return Err(e);
        }
    };
    if let Some(n) = notes {
        if sequence_check(vm, n) {
            let copy = vm.collect_iter(n);
            vm.decref(n);
            let copy = match copy {
                Ok(c) => c,
                Err(e) => {
                    vm.decref(eg);
                    return Err(e);
                }
            };
            let l = vm.new_list(copy);
            let r = vm.set_attr(eg, key, Some(l));
            vm.decref(l);
            if let Err(e) = r {
                vm.decref(eg);
                return Err(e);
            }
        } else {
            vm.decref(n);
        }
    }
    Ok(Some(eg))
}

fn opt(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

/// `eg.split(condition)`: `(match, rest)`.
fn eg_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "split", args, 2, 2)?;
    let m = matcher_for(vm, args[1])?;
    let (a, b) = split_rec(vm, args[0], &m, true)?;
    Ok(vm.new_tuple(vec![opt(a), opt(b)]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn eg_subgroup(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "subgroup", args, 2, 2)?;
    let m = matcher_for(vm, args[1])?;
    let (a, _) = split_rec(vm, args[0], &m, false)?;
    Ok(opt(a))
}

/// The identities of the leaves of `exc` (a group's, recursively; a lone
/// exception's own).
fn leaf_ids(vm: &Vm, exc: Value, out: &mut HashSet<u32>) {
    if matches!(exc, Value::None) {
        return;
    }
    if vm.is_exception_group(exc) {
        for e in vm.group_exceptions(exc) {
            leaf_ids(vm, e, out);
        }
    } else if let Value::Obj(r) = exc {
        out.insert(r.0);
    }
}

/// `ExceptionGroup('', excs)` (owned), CPython's `_PyExc_CreateExceptionGroup`; the
/// `args` show what it was given, a tuple for a wrapped naked exception, a list for
/// what `except*` clauses raised.
fn create_group(vm: &mut Vm, excs: Vec<Value>, as_tuple: bool) -> PyResult<Value> {
    let msg = vm.new_str("");
    let list = if as_tuple {
        vm.new_tuple(excs)
    } else {
        vm.new_list(excs)
    };
    let eg = vm.exc_type("ExceptionGroup");
    let r = group_new(vm, eg, &[msg, list], &[]);
    vm.decref(msg);
    vm.decref(list);
    r
}

impl Vm {
    /// The interpreter's `exception_group_match` for `except* T` (CHECK_EG_MATCH):
    /// `(match, rest)` owned, match None when nothing matches (rest is then unused).
    /// A naked exception that matches is wrapped in `ExceptionGroup('', [exc])`
    /// whose traceback is the frame `fi` at `ip`.
    pub fn exception_group_match(
        &mut self,
        exc: Value,
        t: Value,
        fi: usize,
        ip: usize,
    ) -> PyResult<(Value, Value)> {
        check_except_star_type(self, t)?;
        if matches!(exc, Value::None) {
            return Ok((Value::None, Value::None));
        }
        if self.exc_match(exc, t)? {
            if self.is_exception_group(exc) {
                self.incref(exc);
                return Ok((exc, Value::None));
            }
            self.incref(exc);
            let wrapped = create_group(self, vec![exc], true)?;
            self.tb_here(wrapped, fi, ip);
            return Ok((wrapped, Value::None));
        }
        if self.is_exception_group(exc) {
            let m = Matcher::Type(t);
            let (a, b) = split_rec(self, exc, &m, true)?;
            return Ok((opt(a), opt(b)));
        }
        Ok((Value::None, Value::None))
    }

    /// What an `except*` statement re-raises (CPython's `_PyExc_PrepReraiseStar`):
    /// `orig` the exception it caught, `excs` (borrowed items) what its clauses raised
    /// and the unmatched rest. Owned; None when nothing is left.
    pub fn prep_reraise_star(&mut self, orig: Value, excs: &[Value]) -> PyResult<Value> {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_exception_group(orig) {
            // A naked exception was wrapped: one clause at most ran.
            let e = excs[0];
            self.incref(e);
            return Ok(e);
        }
        let same_meta = |vm: &Vm, a: Value, b: Value| match (vm.exc_state(a), vm.exc_state(b)) {
            (Some(x), Some(y)) => {
                x.traceback.is(y.traceback) && x.cause.is(y.cause) && x.context.is(y.context)
            }
            _ => false,
        };
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for &e in excs {
            if matches!(e, Value::None) {
                continue;
            }
            if same_meta(self, e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = HashSet::new();
        for &e in &reraised {
            leaf_ids(self, e, &mut ids);
        }
        let (kept, _) = split_rec(self, orig, &Matcher::Ids(ids), false)?;
        if raised.is_empty() {
            return Ok(opt(kept));
        }
        for &e in &raised {
            self.incref(e);
        }
        raised.extend(kept);
        if raised.len() > 1 {
            create_group(self, raised, false)
        } else {
            Ok(raised[0])
        }
    }
}

/// `except* T` refuses a T that is not an exception class and an exception group
/// class (CPython's `check_except_star_type_valid`).
fn check_except_star_type(vm: &mut Vm, t: Value) -> Result<(), PyErr> {
    let classes: Vec<Value> = match t {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => {
            vm.seq_items(t).unwrap_or_default()
        }
        _ => vec![t],
    };
    let beg = vm.exc_type("BaseExceptionGroup");
    for &c in &classes {
        let ok = matches!(c, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_))
            && vm.is_subclass(r, vm.types.base_exception));
        if !ok {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    for &c in &classes {
        if let Value::Obj(r) = c {
            if vm.is_subclass(r, beg) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    Ok(())
}
