//! Argument binding: CPython's `initialize_locals` (Python/ceval.c): positional
//! parameters, defaults, `*args`, keywords, `**kwargs`, keyword-only parameters, and
//! the TypeErrors for what does not fit (`missing_arguments`, `too_many_positional`).
//! Only calls that need it come here: `push_function_frame` binds exact positional
//! calls itself, and `bind_fast` binds every call that fits without the general
//! binder's vectors.

use super::super::{PyErr, PyResult, Vm};
use crate::bytecode::CodeObject;
use crate::runtime::object::Obj;
use crate::runtime::types::tuple::TupleObj;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

impl Vm {
    /// Full CPython argument binding (`positional`, defaults, `*args`, keywords,
    /// `**kwargs`, keyword-only) of the `n` arguments at `base` (the last
    /// `len(kwnames)` of them keyword values), writing the locals in their place.
    pub(super) fn initialize_locals(
        &mut self,
        func: ObjRef,
        code: &Rc<CodeObject>,
        base: usize,
        n: usize,
        kwnames: Option<Value>,
    ) -> PyResult<()> {
        if self.bind_fast(func, code, base, n, kwnames) {
            return Ok(());
        }
        let nkw = kwnames.map(|k| self.tuple_len(k)).unwrap_or(0);
        let npos = n - nkw;
        let args: Vec<Value> = self.stack[base..base + n].to_vec();
        // The args now belong to `args`; the stack window is rebuilt below.
        self.sp = base;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let nvars = code.varnames.len();
        let mut locals = vec![Value::Undef; nvars];
        // The function's `__qualname__`, which may have been reassigned (CPython 3.11
        // names the function object, `func_qualname`, in these messages).
        let fname = match self.heap.get(func) {
            Obj::Function(f) => self.as_str(f.qualname).map(str::to_owned),
            _ => None,
        }
        .unwrap_or_else(|| code.qualname.to_string());
        let mut extra_pos = Vec::new();
        for (i, &a) in args[..npos].iter().enumerate() {
            if i < argcount {
                locals[i] = a;
            } else {
                extra_pos.push(a);
            }
        }
        let mut err: Option<PyErr> = None;
        let varargs_idx = argcount + kwonly;
        let varkw_idx = varargs_idx + code.flags.varargs as usize;
        let mut kwdict: Option<Value> = None;
        if code.flags.varkeywords {
            kwdict = Some(self.new_dict());
        }
        if err.is_none() {
            if let Some(k) = kwnames {
                let names = self.seq_items(k).unwrap_or_default();
                for (i, name) in names.into_iter().enumerate() {
                    let v = args[npos + i];
                    let nm = self.as_str(name).unwrap_or("").to_string();
                    let pos = code.varnames[..argcount + kwonly]
                        .iter()
                        .position(|p| **p == *nm)
                        .filter(|&p| p >= code.posonlyargcount as usize);
                    match pos {
                        Some(p) => {
                            if !locals[p].is_undef() {
                                err = Some(self.type_error(format!(
                                    "{}() got multiple values for argument '{}'",
                                    fname, nm
                                )));
                                break;
                            }
                            self.incref(v);
                            locals[p] = v;
                        }
                        None => match kwdict {
                            Some(d) => {
                                if let Err(e) = self.dict_set_item(d, name, v) {
                                    err = Some(e);
                                    break;
                                }
                            }
                            None => {
                                // CPython's positional_only_passed_as_keyword: every
                                // positional-only parameter named by any keyword, in
                                // parameter order.
                                let kw: Vec<String> = self
                                    .seq_items(k)
                                    .unwrap_or_default()
                                    .into_iter()
                                    .map(|n| self.as_str(n).unwrap_or("").to_string())
                                    .collect();
                                let posonly: Vec<&str> = code.varnames
                                    [..code.posonlyargcount as usize]
                                    .iter()
                                    .filter(|p| kw.iter().any(|n| **n == ***p))
                                    .map(|p| &**p)
                                    .collect();
                                err = Some(self.type_error(if !posonly.is_empty() {
                                    format!("{}() got some positional-only arguments passed as keyword arguments: '{}'", fname, posonly.join(", "))
                                } else {
                                    format!("{}() got an unexpected keyword argument '{}'", fname, nm)
                                }));
                                break;
                            }
                        },
                    }
                }
            }
        }
        // Too many positionals: checked after the keywords, as CPython's
        // `initialize_locals` does (a bad keyword is reported first), counting the
        // keyword-only parameters the keywords filled (`too_many_positional`).
        if err.is_none() && !extra_pos.is_empty() && !code.flags.varargs {
            let kwonly_given = locals[argcount..argcount + kwonly]
                .iter()
                .filter(|v| !v.is_undef())
                .count();
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos == 1 { "" } else { "s" },
                    kwonly_given,
                    if kwonly_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let given = npos;
            let ndef = match self.heap.get(func) {
                Obj::Function(f) => f.defaults.len(),
                _ => 0,
            };
            let msg = if ndef > 0 {
                format!(
                    "{}() takes from {} to {} positional arguments but {}{} were given",
                    fname,
                    argcount - ndef,
                    argcount,
                    given,
                    kwonly_sig
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {}{} {} given",
                    fname,
                    argcount,
                    if argcount == 1 { "" } else { "s" },
                    given,
                    kwonly_sig,
                    if given == 1 && kwonly_given == 0 {
                        "was"
                    } else {
                        "were"
                    }
                )
            };
            err = Some(self.type_error(msg));
        }
        // Defaults.
        if err.is_none() {
            let (defaults, kwdefaults) = match self.heap.get(func) {
                Obj::Function(f) => (f.defaults.clone(), f.kwdefaults),
                _ => (vec![], Value::None),
            };
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing = Vec::new();
            for i in 0..argcount {
                if locals[i].is_undef() {
                    if i >= first_default {
                        let d = defaults[i - first_default];
                        self.incref(d);
                        locals[i] = d;
                    } else {
                        missing.push(code.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                err = Some(self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    fname,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            } else {
                let mut kwmissing = Vec::new();
                #[allow(clippy::needless_range_loop)]
                for i in argcount..argcount + kwonly {
                    if locals[i].is_undef() {
                        let name = self.intern(&code.varnames[i]);
                        let d = if matches!(kwdefaults, Value::Obj(_)) {
                            self.dict_get_item(kwdefaults, name).ok().flatten()
                        } else {
                            None
                        };
                        match d {
                            Some(d) => locals[i] = d,
                            None => kwmissing.push(code.varnames[i].to_string()),
                        }
                    }
                }
                if !kwmissing.is_empty() {
                    err = Some(self.type_error(format!(
                        "{}() missing {} required keyword-only argument{}: {}",
                        fname,
                        kwmissing.len(),
                        if kwmissing.len() == 1 { "" } else { "s" },
                        join_names(&kwmissing)
                    )));
                }
            }
        }
        // Release the keyword values (they were borrowed from args and incref'd where
        // stored) and drop the positional extras not packed into *args.
        for i in 0..nkw {
            self.decref(args[npos + i]);
        }
        if let Some(e) = err {
            for v in locals {
                self.decref(v);
            }
            for v in extra_pos {
                self.decref(v);
            }
            if let Some(d) = kwdict {
                self.decref(d);
            }
            return Err(e);
        }
        if code.flags.varargs {
            locals[varargs_idx] = self.new_tuple(extra_pos);
        }
        if let Some(d) = kwdict {
            locals[varkw_idx] = d;
        }
        for (i, v) in locals.into_iter().enumerate() {
            self.stack[base + i] = v;
        }
        self.sp = base + nvars;
        Ok(())
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Most keyword arguments `bind_fast` binds.
const FAST_KW: usize = 8;

/// Most positional-or-keyword parameters `bind_keywords_plain` binds (one bit each).
const PLAIN_PARAMS: usize = 64;

impl Vm {
    /// The success path of `initialize_locals` without its vectors: positional
    /// arguments, `*args`, keywords naming positional-or-keyword or keyword-only
    /// parameters, `**kwargs`, defaults and keyword-only defaults, bound in place on
    /// the value stack (argument references move into their parameters' slots).
    /// Every check comes first, so False leaves everything unchanged for the general
    /// binder, which handles and reports the rest (a bad or repeated keyword, a
    /// missing argument, too many positionals, keyword names that are not exact
    /// strs, more than `FAST_KW` keywords). The objects are made in the general
    /// binder's order: the `**kwargs` dict, then the `*args` tuple.
    fn bind_fast(
        &mut self,
        func: ObjRef,
        code: &CodeObject,
        base: usize,
        n: usize,
        kwnames: Option<Value>,
    ) -> bool {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let (varargs, varkw) = (code.flags.varargs, code.flags.varkeywords);
        if let (Some(k), false, false, 0) = (kwnames, varargs, varkw, kwonly) {
            if self.bind_keywords_plain(func, code, base, n, k) {
                return true;
            }
        }
        let nparams = argcount + kwonly;
        // Where each keyword goes: its parameter's index, or `usize::MAX` for `**kwargs`.
        let mut pos = [usize::MAX; FAST_KW];
        let mut nkw = 0;
        if let Some(k) = kwnames {
            let Value::Obj(kr) = k else {
                return false;
            };
            let Obj::Tuple(names) = self.heap.get(kr) else {
                return false;
            };
            nkw = names.len();
            if nkw > FAST_KW || nkw > n {
                return false;
            }
            let npos = n - nkw;
            for (i, &name) in names.iter().enumerate() {
                let Value::Obj(nr) = name else {
                    return false;
                };
                let Obj::Str(s) = self.heap.get(nr) else {
                    return false;
                };
                let s = s.as_str();
                // A positional-only parameter's name is an ordinary keyword: it goes
                // to `**kwargs` (CPython skips those parameters when matching).
                match code.varnames[posonly..nparams]
                    .iter()
                    .position(|v| &**v == s)
                {
                    Some(p) => {
                        let p = p + posonly;
                        if (p < argcount && p < npos) || pos[..i].contains(&p) {
                            return false;
                        }
                        pos[i] = p;
                    }
                    None if varkw => {}
                    None => return false,
                }
            }
        }
        let npos = n - nkw;
        if npos > argcount && !varargs {
            return false;
        }
        // Positional arguments fill only the positional parameters (the rest go to
        // `*args`); keywords fill the parameters they name.
        let given = |p: usize| (p < argcount && p < npos) || pos[..nkw].contains(&p);
        let Obj::Function(f) = self.heap.get(func) else {
            return false;
        };
        let (ndef, kwdefaults) = (f.defaults.len().min(argcount), f.kwdefaults);
        let first_default = argcount - ndef;
        if (npos..first_default).any(|i| !given(i)) {
            return false;
        }
        // Keyword-only parameters left out need a default in `__kwdefaults__` (an
        // exact dict, read without running code).
        let mut kwdefs = [Value::Undef; FAST_KW];
        let mut nkwdefs = 0;
        for i in argcount..nparams {
            if given(i) {
                continue;
            }
            if nkwdefs == FAST_KW {
                return false;
            }
            let Value::Obj(dr) = kwdefaults else {
                return false;
            };
            let name = self.heap.intern(&code.varnames[i]);
            let Some(Some(d)) = self.dict_str_lookup(dr, name) else {
                return false;
            };
            kwdefs[nkwdefs] = d;
            nkwdefs += 1;
        }
        // Binding: nothing below can fail.
        let kwdict = varkw.then(|| self.new_dict());
        let mut vals = [Value::Undef; FAST_KW];
        vals[..nkw].copy_from_slice(&self.stack[base + npos..base + n]);
        // `*args` (after `**kwargs`'s dict, as CPython's `initialize_locals` makes
        // them), straight from the stack's extra arguments, which it takes over.
        let star_args = varargs.then(|| {
            if npos > argcount {
                let items = TupleObj::from_slice(&self.stack[base + argcount..base + npos]);
                Value::Obj(self.heap.alloc(Obj::Tuple(items)))
            } else {
                self.new_tuple(Vec::new())
            }
        });
        let nvars = code.varnames.len();
        self.stack[base + npos.min(argcount)..base + nvars].fill(Value::Undef);
        if let Some(k) = kwnames {
            for i in 0..nkw {
                let v = vals[i];
                if pos[i] != usize::MAX {
                    self.stack[base + pos[i]] = v;
                    continue;
                }
                let Value::Obj(kr) = k else {
                    unreachable!("checked above")
                };
                let Obj::Tuple(names) = self.heap.get(kr) else {
                    unreachable!("checked above")
                };
                let name = names[i];
                let d = kwdict.expect("checked above");
                let Obj::Str(s) = self.heap.get(name.as_obj().expect("checked above")) else {
                    unreachable!("checked above")
                };
                let h = s.hash();
                // An exact str key: no code runs, nothing fails. The dict takes its
                // own reference; the stack's moves nowhere, so it is released.
                let stored = self.dict_set_item_hashed(d, name, h, v);
                debug_assert!(stored.is_ok());
                self.decref(v);
            }
        }
        for i in first_default.max(npos)..argcount {
            if self.stack[base + i].is_undef() {
                let Obj::Function(f) = self.heap.get(func) else {
                    unreachable!("checked above")
                };
                let d = f.defaults[i - first_default];
                self.incref(d);
                self.stack[base + i] = d;
            }
        }
        let mut next_kwdef = 0;
        for i in argcount..nparams {
            if self.stack[base + i].is_undef() {
                let d = kwdefs[next_kwdef];
                next_kwdef += 1;
                self.incref(d);
                self.stack[base + i] = d;
            }
        }
        if let Some(t) = star_args {
            self.stack[base + nparams] = t;
        }
        if let Some(d) = kwdict {
            self.stack[base + nparams + usize::from(varargs)] = d;
        }
        self.sp = base + nvars;
        true
    }
    /// `bind_fast` for the commonest call with keywords (`f(a, b=1)`,
    /// `obj.m(x=1, y=2)`, `C(x=1)` with an `__init__`): a function with positional
    /// parameters only (no `*args`, `**kwargs` or keyword-only parameters), each
    /// keyword naming one of them. Which parameters are given is one bit each, so
    /// the checks are a few mask operations (CPython's `initialize_locals` compares
    /// the keyword names by identity, then by value; here by length, then text).
    /// False, with nothing changed, for anything else (errors included), which the
    /// general binder handles and reports.
    pub(super) fn bind_keywords_plain(
        &mut self,
        func: ObjRef,
        code: &CodeObject,
        base: usize,
        n: usize,
        kwnames: Value,
    ) -> bool {
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let Value::Obj(kr) = kwnames else {
            return false;
        };
        let Obj::Tuple(names) = self.heap.get(kr) else {
            return false;
        };
        let nkw = names.len();
        if nkw > FAST_KW || nkw > n || argcount >= PLAIN_PARAMS {
            return false;
        }
        let npos = n - nkw;
        if npos > argcount {
            return false;
        }
        let all: u64 = (1u64 << argcount) - 1;
        let mut given: u64 = (1u64 << npos) - 1;
        let mut pos = [0u8; FAST_KW];
        let params = &code.varnames[posonly..argcount];
        for (i, &name) in names.iter().enumerate() {
            let Value::Obj(nr) = name else {
                return false;
            };
            let Obj::Str(s) = self.heap.get(nr) else {
                return false;
            };
            let s = s.as_str();
            // (A positional-only parameter's name matches nothing: without `**kwargs`
            // that is the general binder's error.)
            let Some(p) = params.iter().position(|v| v.len() == s.len() && **v == *s) else {
                return false;
            };
            let bit = 1u64 << (p + posonly);
            if given & bit != 0 {
                return false;
            }
            given |= bit;
            pos[i] = (p + posonly) as u8;
        }
        let Obj::Function(f) = self.heap.get(func) else {
            return false;
        };
        let ndef = f.defaults.len().min(argcount);
        let first_default = argcount - ndef;
        let missing = all & !given;
        if missing & ((1u64 << first_default) - 1) != 0 {
            return false;
        }
        // Binding: nothing below can fail. The keyword values' references move into
        // their parameters' slots, the defaults get new ones.
        // (Loops rather than `copy_from_slice`/`fill`: a handful of slots, where the
        // library calls cost more than the copying.)
        let mut vals = [Value::Undef; FAST_KW];
        for (i, v) in vals.iter_mut().enumerate().take(nkw) {
            *v = self.stack[base + npos + i];
        }
        let nvars = code.varnames.len();
        for v in &mut self.stack[base + npos..base + nvars] {
            *v = Value::Undef;
        }
        for i in 0..nkw {
            self.stack[base + pos[i] as usize] = vals[i];
        }
        let mut m = missing;
        while m != 0 {
            let p = m.trailing_zeros() as usize;
            m &= m - 1;
            let Obj::Function(f) = self.heap.get(func) else {
                unreachable!("checked above")
            };
            let d = f.defaults[p - first_default];
            self.incref(d);
            self.stack[base + p] = d;
        }
        self.sp = base + nvars;
        true
    }
}
