//! The attributes of frame objects (CPython's `frame_getsetlist` and
//! `frame_memberlist`): `f_code`, `f_lineno`, `f_lasti`, `f_globals`, `f_builtins`,
//! `f_locals`, `f_back`, `f_trace`, `clear()`, and the frame's repr.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{ObjRef, Value};

impl Vm {
    /// `frame.name` (owned), None if the frame has no such attribute.
    pub fn frame_attr(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Obj::Frame(f) = self.heap.get(r) else {
            return Ok(None);
        };
        let (code, globals, back, live) = (f.code.clone(), f.globals, f.back, f.live);
        let (trace, trace_lines, lineno) = (f.trace, f.trace_lines, f.lineno);
        let at = if live { self.frame_index_of(r) } else { None };
        if live && at.is_none() {
            // Running in a parked thread (`sys._current_frames()`): read it there.
            if let Some(v) = self.in_thread_of_frame(r, |vm| vm.frame_attr(r, name)) {
                return v;
            }
        }
        let v = match name {
            "f_code" => self.code_object(&code),
            "f_globals" => {
                self.incref(globals);
                globals
            }
            "f_builtins" => {
                let b = Value::Obj(self.builtins);
                self.incref(b);
                b
            }
            "f_lineno" => match lineno {
                Some(l) => self.int(l as i64),
                None => {
                    let i = self.frame_lasti(r, at);
                    self.int(line_at(&code, i) as i64)
                }
            },
            "f_lasti" => {
                let i = self.frame_lasti(r, at);
                self.int(if i == u32::MAX { -1 } else { 2 * i as i64 })
            }
            "f_back" => match at {
                Some(0) => Value::None,
                Some(i) => {
                    let b = self.frame_object(i - 1);
                    self.heap.incref_obj(b);
                    Value::Obj(b)
                }
                None => {
                    self.incref(back);
                    back
                }
            },
            "f_locals" => return self.frame_locals(r, at).map(Some),
            "f_trace" => {
                self.incref(trace);
                trace
            }
            "f_trace_lines" => Value::Bool(trace_lines),
            "f_trace_opcodes" => Value::Bool(false),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `frame.name = v` (`v` borrowed; None deletes): `f_trace` and `f_trace_lines` are
    /// writable (CPython's `frame_settrace`, `f_trace_lines` member); None when the
    /// frame has no such writable attribute.
    pub fn frame_setattr(
        &mut self,
        r: ObjRef,
        name: &str,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        match name {
            "f_trace" => {
                let v = match v {
                    Some(v) => {
                        self.incref(v);
                        v
                    }
                    None => Value::None,
                };
                let old = match self.heap.get_mut(r) {
                    Obj::Frame(f) => std::mem::replace(&mut f.trace, v),
                    _ => v,
                };
                self.decref(old);
                Some(Ok(()))
            }
            "f_trace_lines" => Some(match v {
                Some(Value::Bool(b)) => {
                    if let Obj::Frame(f) = self.heap.get_mut(r) {
                        f.trace_lines = b;
                    }
                    Ok(())
                }
                Some(_) => Err(self.type_error("attribute value type must be bool")),
                None => Err(self.type_error("can't delete numeric/char attribute")),
            }),
            _ => None,
        }
    }

    /// The instruction the frame is at: the caller's call instruction while it runs
    /// (its saved `ip` is past it), the last one run once it has ended.
    fn frame_lasti(&self, r: ObjRef, at: Option<usize>) -> u32 {
        match at {
            // Not started: before the first instruction (`line_at` gives the entry
            // line).
            Some(i) => self.frames[i]
                .ip
                .checked_sub(1)
                .map_or(u32::MAX, |i| i as u32),
            None => match self.heap.get(r) {
                Obj::Frame(f) => f.lasti,
                _ => 0,
            },
        }
    }

    /// `frame.f_locals` (owned): the namespace dict of module and class-body code; for
    /// a function, the frame's own dict of its bound locals and cell contents, made on
    /// first use and brought up to date on each (CPython's `PyFrame_FastToLocals`),
    /// read from the running frame or from the slots the frame object took when it
    /// ended. The dict holds references of its own, as CPython's does.
    pub(crate) fn frame_locals(&mut self, r: ObjRef, at: Option<usize>) -> PyResult<Value> {
        let Obj::Frame(f) = self.heap.get(r) else {
            return Ok(Value::None);
        };
        let code = f.code.clone();
        let mut d = f.locals;
        if code.flags.uses_namespace {
            self.incref(d);
            return Ok(d);
        }
        let slots: Vec<Value> = match at {
            Some(i) => {
                let base = self.frames[i].base;
                self.stack[base..base + code.nlocalsplus()].to_vec()
            }
            None => match f.generator {
                // A suspended (or not yet started) generator keeps its frame's slots.
                Some(g) if f.localsplus.is_empty() => match self.heap.get(g) {
                    Obj::Generator(gen) if gen.frame_obj.is(Value::Obj(r)) => {
                        gen.slots.iter().take(code.nlocalsplus()).copied().collect()
                    }
                    _ => Vec::new(),
                },
                _ => f.localsplus.clone(),
            },
        };
        if matches!(d, Value::None) {
            d = self.new_dict();
            if let Obj::Frame(f) = self.heap.get_mut(r) {
                f.locals = d;
            }
        }
        self.refresh_fast_locals(d, &code, &slots)?;
        self.incref(d);
        Ok(d)
    }

    /// Brings `d`, a function frame's locals dict, up to date with the frame's local
    /// slots `slots` (CPython's `_PyFrame_FastToLocalsWithError`): each bound local
    /// and cell content is set, each unbound one deleted.
    pub(crate) fn refresh_fast_locals(
        &mut self,
        d: Value,
        code: &crate::bytecode::CodeObject,
        slots: &[Value],
    ) -> PyResult<()> {
        let names: Vec<std::rc::Rc<str>> = code
            .varnames
            .iter()
            .chain(code.cellvars.iter())
            .chain(code.freevars.iter())
            .cloned()
            .collect();
        let ncells_from = code.varnames.len();
        for (k, name) in names.iter().enumerate() {
            let v = slots.get(k).copied().unwrap_or(Value::Undef);
            let v = if k >= ncells_from && !v.is_undef() {
                self.cell_get(v)
            } else {
                v
            };
            let key = self.intern(name);
            if v.is_undef() {
                // Unbound now: gone from the dict too.
                if let Err(e) = self.dict_del_item(d, key) {
                    self.decref(e.0);
                }
                continue;
            }
            self.dict_set_item(d, key, v)?;
        }
        Ok(())
    }

    /// `frame.clear()`: drops the locals of a frame that has ended (CPython's
    /// `frame_tp_clear` through `frame.clear`); a running frame cannot be cleared.
    pub fn frame_clear(&mut self, r: ObjRef) -> PyResult<()> {
        let live = matches!(self.heap.get(r), Obj::Frame(f) if f.live);
        if live {
            return Err(self.err("RuntimeError", "cannot clear an executing frame"));
        }
        // A generator's frame (CPython's FRAME_OWNED_BY_GENERATOR): clearing it
        // finalizes the generator (`_PyGen_Finalize`: `close()`, or the
        // never-awaited warning for an unstarted coroutine), which runs its
        // `finally` blocks; a running generator's frame cannot be cleared.
        let owner = match self.heap.get(r) {
            Obj::Frame(f) => f.generator.filter(|&g| {
                matches!(self.heap.get(g), Obj::Generator(gen) if gen.frame_obj.is(Value::Obj(r)))
            }),
            _ => None,
        };
        if let Some(g) = owner {
            use crate::runtime::types::generator::GenState;
            let state = match self.heap.get(g) {
                Obj::Generator(gen) => gen.state,
                _ => GenState::Finished,
            };
            if state == GenState::Running {
                return Err(self.err("RuntimeError", "cannot clear an executing frame"));
            }
            if state != GenState::Finished {
                self.heap.incref_obj(g);
                self.run_finalizer(g);
                self.decref(Value::Obj(g));
            }
            return Ok(());
        }
        let slots = match self.heap.get_mut(r) {
            Obj::Frame(f) => std::mem::take(&mut f.localsplus),
            _ => Vec::new(),
        };
        for v in slots {
            self.decref(v);
        }
        Ok(())
    }

    /// `<frame at 0x..., file 'x.py', line 3, code f>` (CPython's `frame_repr`).
    pub(crate) fn frame_repr(&mut self, v: Value, r: ObjRef) -> String {
        let Obj::Frame(f) = self.heap.get(r) else {
            return String::new();
        };
        let code = f.code.clone();
        let at = if f.live { self.frame_index_of(r) } else { None };
        let line = line_at(&code, self.frame_lasti(r, at));
        format!(
            "<frame at {}, file '{}', line {}, code {}>",
            self.addr(v),
            code.filename,
            line,
            code.name
        )
    }
}

/// Registers the methods of frame objects.
pub fn install(vm: &mut Vm) {
    let t = vm.types.frame;
    crate::runtime::builtins::add_methods(vm, t, &[("clear", frame_clear_method)]);
}

fn frame_clear_method(
    vm: &mut Vm,
    args: &[Value],
    _kw: crate::runtime::types::function::KwArgs,
) -> PyResult<Value> {
    crate::runtime::builtins::check_args(vm, "clear", args, 1, 1)?;
    match args[0] {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Frame(_)) => {
            vm.frame_clear(r)?;
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor 'clear' requires a 'frame' object")),
    }
}

/// The source line of instruction `i` of `code` (its first line when `i` is past the
/// end), `f_lineno` of a frame stopped there.
fn line_at(code: &crate::bytecode::CodeObject, i: u32) -> u32 {
    code.lines
        .get(i as usize)
        .copied()
        .unwrap_or(code.first_line)
}
