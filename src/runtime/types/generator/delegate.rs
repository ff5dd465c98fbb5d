//! `throw()` and `close()` of a generator suspended in `yield from` (CPython's
//! `_gen_throw`, `gen_close` and `gen_close_iter`, Objects/genobject.c).
//!
//! While a generator is delegating, the exception is offered to the sub-iterator first
//! (its `throw`/`close`, recursively for generators), and only what the sub-iterator
//! does with it decides what happens in the delegating frame: a value it yields is
//! yielded on, a value it returns becomes the value of the `yield from` expression, an
//! exception it raises is raised at the `yield from`. A `GeneratorExit` closes the
//! sub-iterator and is then raised in the delegating frame. A duck-typed iterator
//! without `throw` (or `close`) gets the exception raised at the `yield from` directly.

use super::GenState;
use crate::bytecode::Op;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// The sub-iterator (owned) of generator `g` if it is suspended in `yield from`
    /// (CPython's `_PyGen_yf`): its saved ip re-runs a `YieldFrom` whose sub-iterator
    /// is the top of the saved stack.
    pub(crate) fn gen_yf(&mut self, g: ObjRef) -> Option<Value> {
        let yf = match self.heap.get(g) {
            Obj::Generator(gen)
                if gen.state == GenState::Suspended
                    && matches!(gen.code.code.get(gen.ip as usize), Some(Op::YieldFrom)) =>
            {
                *gen.slots.last()?
            }
            _ => return None,
        };
        self.incref(yf);
        Some(yf)
    }

    fn gen_set_state(&mut self, g: ObjRef, state: GenState) {
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.state = state;
        }
    }

    /// Ends the `yield from` of suspended generator `g`: drops the sub-iterator from
    /// its stack and moves past the `YieldFrom`, so that resuming with a value makes
    /// that value the result of the `yield from` expression, and throwing raises at it.
    fn gen_leave_yf(&mut self, g: ObjRef) {
        let sub = match self.heap.get_mut(g) {
            Obj::Generator(gen) => {
                gen.ip += 1;
                gen.slots.pop()
            }
            _ => None,
        };
        if let Some(v) = sub {
            self.decref(v);
        }
    }

    /// Closes the sub-iterator `yf` of a `yield from` (CPython's `gen_close_iter`):
    /// a generator's `close`, else its `close` method if it has one.
    fn close_iter(&mut self, yf: Value) -> PyResult<()> {
        if let Value::Obj(r) = yf {
            if matches!(self.heap.get(r), Obj::Generator(_)) {
                return self.gen_close(r);
            }
        }
        match self.get_attr(yf, "close") {
            Ok(m) => {
                let r = self.call_value(m, &[], &[]);
                self.decref(m);
                let v = r?;
                self.decref(v);
                Ok(())
            }
            Err(e) if self.exc_matches(e.0, "AttributeError") => {
                self.decref(e.0);
                Ok(())
            }
            Err(e) => {
                self.print_unraisable(e, yf);
                Ok(())
            }
        }
    }

    /// The exception `throw(typ[, val[, tb]])` raises (CPython's `_gen_throw`
    /// normalisation): a class is called (with `val`, or `*val` for a tuple, unless
    /// `val` already is an instance of it), an instance is raised as it is. An
    /// error making the instance is itself the exception thrown in (Ok); Err is a
    /// bad argument, raised by `throw()` without resuming the generator.
    fn throw_exception(&mut self, args: &[Value]) -> PyResult<Value> {
        let typ = args[0];
        let val = args.get(1).copied().filter(|v| !matches!(v, Value::None));
        let tb = match args.get(2) {
            None | Some(Value::None) => None,
            Some(&Value::Obj(t)) if matches!(self.heap.get(t), Obj::Traceback(_)) => Some(t),
            Some(_) => {
                return Err(self.type_error("throw() third argument must be a traceback object"))
            }
        };
        let (exc, made) = self.throw_exception_made(typ, val)?;
        // A traceback given becomes the exception's (CPython's `PyErr_Restore`
        // of it with the exception): the frames it passes through are added to it.
        if let Some(t) = tb {
            if made && self.exc_state(exc).is_some() {
                self.heap.incref_obj(t);
                let s = self.exc_state_mut(exc).expect("checked above");
                let old = std::mem::replace(&mut s.traceback, Value::Obj(t));
                self.decref(old);
            }
        }
        Ok(exc)
    }

    /// `throw_exception` without the traceback: the exception to throw in (owned),
    /// and whether it is the one asked for (false: an error making it).
    fn throw_exception_made(&mut self, typ: Value, val: Option<Value>) -> PyResult<(Value, bool)> {
        let base = self.types.base_exception;
        if let Value::Obj(c) = typ {
            if matches!(self.heap.get(c), Obj::Class(_)) && self.is_subclass(c, base) {
                let made = match val {
                    None => self.call_value(typ, &[], &[]),
                    Some(v) if self.is_instance(v, c) => {
                        self.incref(v);
                        return Ok((v, true));
                    }
                    Some(v) => {
                        let items = match v {
                            Value::Obj(r) => match self.heap.get(r) {
                                Obj::Tuple(items) => Some(items.to_vec()),
                                _ => None,
                            },
                            _ => None,
                        };
                        match items {
                            Some(items) => self.call_value(typ, &items, &[]),
                            None => self.call_value(typ, &[v], &[]),
                        }
                    }
                };
                // What making the instance raised is what gets thrown in, as in
                // CPython, where `PyErr_NormalizeException` replaces the pending
                // exception before `gen_send_ex` resumes the frame with it.
                let made = match made {
                    Ok(m) => m,
                    Err(e) => return Ok((e.0, false)),
                };
                // A __new__ may return anything (PyErr_NormalizeException's check).
                if !self.is_instance(made, base) {
                    let cr = match self.repr(typ) {
                        Ok(cr) => cr,
                        Err(e) => {
                            self.decref(made);
                            return Ok((e.0, false));
                        }
                    };
                    let tn = self.type_name(made);
                    self.decref(made);
                    let e = self.type_error(format!(
                        "calling {cr} should have returned an instance of BaseException, not {tn}"
                    ));
                    return Ok((e.0, false));
                }
                return Ok((made, true));
            }
        }
        if self.is_instance(typ, base) {
            if val.is_some() {
                return Err(self.type_error("instance exception may not have a separate value"));
            }
            self.incref(typ);
            return Ok((typ, true));
        }
        let tn = self.type_name(typ);
        Err(self.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {tn}"
        )))
    }

    /// `g.throw(*args)` (CPython's `_gen_throw`): Ok(Ok(v)) = yielded v, Ok(Err(v)) =
    /// returned v, Err = raised.
    pub fn gen_throw_args(&mut self, g: ObjRef, args: &[Value]) -> PyResult<Result<Value, Value>> {
        if let Some(yf) = self.gen_yf(g) {
            let typ = args[0];
            let genexit = self.exc_type("GeneratorExit");
            let is_genexit = match typ {
                Value::Obj(c) if matches!(self.heap.get(c), Obj::Class(_)) => {
                    self.is_subclass(c, genexit)
                }
                _ => self.is_instance(typ, genexit),
            };
            if is_genexit {
                // Close the sub-iterator, then raise GeneratorExit (or what closing
                // it raised) in this frame.
                self.gen_set_state(g, GenState::Running);
                let r = self.close_iter(yf);
                self.gen_set_state(g, GenState::Suspended);
                self.decref(yf);
                self.gen_leave_yf(g);
                if let Err(e) = r {
                    let r = self.gen_resume(g, Value::None, Some(e.0));
                    self.decref(e.0);
                    return r;
                }
                return self.gen_throw_here(g, args);
            }
            self.gen_set_state(g, GenState::Running);
            let sub = match yf {
                Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)) => {
                    Some(self.gen_throw_args(r, args))
                }
                _ => match self.get_attr(yf, "throw") {
                    Ok(m) => {
                        let r = self.call_value(m, args, &[]);
                        self.decref(m);
                        Some(match r {
                            Ok(v) => Ok(Ok(v)),
                            Err(e) if self.exc_matches(e.0, "StopIteration") => {
                                let v = self.stop_iteration_value(e.0);
                                self.decref(e.0);
                                Ok(Err(v))
                            }
                            Err(e) => Err(e),
                        })
                    }
                    Err(e) if self.exc_matches(e.0, "AttributeError") => {
                        self.decref(e.0);
                        None
                    }
                    Err(e) => Some(Err(e)),
                },
            };
            self.gen_set_state(g, GenState::Suspended);
            self.decref(yf);
            match sub {
                // Yielded by the sub-iterator: this generator stays in its `yield from`.
                Some(Ok(Ok(v))) => return Ok(Ok(v)),
                Some(Ok(Err(ret))) => {
                    self.gen_leave_yf(g);
                    let r = self.gen_resume(g, ret, None);
                    self.decref(ret);
                    return r;
                }
                Some(Err(PyErr(e))) => {
                    self.gen_leave_yf(g);
                    let r = self.gen_resume(g, Value::None, Some(e));
                    self.decref(e);
                    return r;
                }
                None => self.gen_leave_yf(g),
            }
        }
        self.gen_throw_here(g, args)
    }

    /// Raises the exception made from `args` at the generator's suspension point.
    fn gen_throw_here(&mut self, g: ObjRef, args: &[Value]) -> PyResult<Result<Value, Value>> {
        let exc = self.throw_exception(args)?;
        let r = self.gen_resume(g, Value::None, Some(exc));
        self.decref(exc);
        r
    }

    /// `gen.close()` / finalisation (CPython's `gen_close`): closes the sub-iterator of
    /// a `yield from` first, then throws GeneratorExit (or the error closing it raised)
    /// into the suspended generator.
    pub fn gen_close(&mut self, g: ObjRef) -> PyResult<()> {
        let state = match self.heap.get(g) {
            Obj::Generator(gen) => gen.state,
            _ => return Ok(()),
        };
        if state != GenState::Suspended {
            self.gen_set_state(g, GenState::Finished);
            return Ok(());
        }
        let mut exc = None;
        if let Some(yf) = self.gen_yf(g) {
            self.gen_set_state(g, GenState::Running);
            let r = self.close_iter(yf);
            self.gen_set_state(g, GenState::Suspended);
            self.decref(yf);
            self.gen_leave_yf(g);
            if let Err(e) = r {
                exc = Some(e.0);
            }
        }
        let exc = match exc {
            Some(e) => e,
            None => self.err_noargs("GeneratorExit").0,
        };
        let r = self.gen_resume(g, Value::None, Some(exc));
        let res = match r {
            Ok(Ok(v)) => {
                self.decref(v);
                let kind = self.gen_kind_word(g);
                Err(self.err("RuntimeError", format!("{kind} ignored GeneratorExit")))
            }
            Ok(Err(v)) => {
                self.decref(v);
                Ok(())
            }
            Err(e)
                if self.exc_matches(e.0, "GeneratorExit")
                    || self.exc_matches(e.0, "StopIteration") =>
            {
                self.decref(e.0);
                Ok(())
            }
            Err(e) => Err(e),
        };
        self.decref(exc);
        res
    }
}
