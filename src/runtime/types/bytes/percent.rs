//! `bytes % args` and `bytearray % args` (CPython's `_PyBytes_FormatEx` in
//! Objects/bytesobject.c), on top of the printf-style parser and converters of
//! `crate::text::percent` that str's `%` uses too.

use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{Scalar, Value};

impl Vm {
    /// `fmt % args` for bytes and bytearray (CPython's `_PyBytes_FormatEx`): the
    /// format is parsed as Latin-1 text by the str machinery, `%s`/`%b` take
    /// bytes-like values, `%r`/`%a` their `ascii()`, `%c` an int or one byte, and the
    /// result is encoded back byte for byte.
    pub fn bytes_percent(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        use crate::text::percent::{self, Count, PercentArg, PercentPiece};
        let f: String = self
            .bytes_data(fmt)
            .unwrap_or(&[])
            .iter()
            .map(|&c| c as char)
            .collect();
        let is_tuple = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
        let is_map = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_) | Obj::Instance(_)));
        let list: Vec<Value> = if is_tuple {
            self.seq_items(args).unwrap_or_default()
        } else {
            vec![args]
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_map = false;
        let not_enough = "not enough arguments for format string";
        for piece in percent::parse_percent(&f) {
            let spec = match piece {
                PercentPiece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                PercentPiece::Error(e) => return Err(self.value_error(e)),
                PercentPiece::Spec(spec) => spec,
            };
            // `*` takes an int; the width must fit a C ssize_t and the precision a
            // C int, as CPython reads them (str's `%` checks the same).
            let mut star = |vm: &mut Vm, c: Option<Count>, c_int: bool| -> PyResult<Option<i64>> {
                match c {
                    None => Ok(None),
                    Some(Count::Fixed(n)) => Ok(Some(n as i64)),
                    Some(Count::Star) => {
                        if next >= list.len() {
                            return Err(vm.type_error(not_enough));
                        }
                        next += 1;
                        let v = list[next - 1];
                        let Some(b) = vm.as_bigint(vm.unwrap_payload(v)) else {
                            return Err(vm.type_error("* wants int"));
                        };
                        let n = num_traits::ToPrimitive::to_i64(&b)
                            .filter(|&n| !c_int || i32::try_from(n).is_ok());
                        match n {
                            Some(n) => Ok(Some(n)),
                            None if c_int => {
                                Err(vm.overflow_error("Python int too large to convert to C int"))
                            }
                            None => {
                                Err(vm
                                    .overflow_error("Python int too large to convert to C ssize_t"))
                            }
                        }
                    }
                }
            };
            let width = star(self, spec.width, false)?;
            let prec = star(self, spec.precision, true)?;
            let arg = match &spec.key {
                Some(k) => {
                    used_map = true;
                    let kv = self.new_bytes(k.chars().map(|c| c as u8).collect());
                    let r = self.get_item(args, kv);
                    self.decref(kv);
                    let v = r?;
                    self.decref(v);
                    v
                }
                None => {
                    if next >= list.len() {
                        return Err(self.type_error(not_enough));
                    }
                    next += 1;
                    list[next - 1]
                }
            };
            let owned: String;
            let pa = match spec.conv {
                's' | 'b' => match self.bytes_data(arg) {
                    Some(d) => {
                        owned = d.iter().map(|&c| c as char).collect();
                        PercentArg::Str(&owned)
                    }
                    // CPython's `format_obj`: after bytes and buffers, `__bytes__`.
                    None => match self.buffer_bytes(arg)? {
                        Some(d) => {
                            owned = d.iter().map(|&c| c as char).collect();
                            PercentArg::Str(&owned)
                        }
                        None => match self.bytes_via_dunder(arg, false)? {
                            Some(r) => {
                                owned = self
                                    .bytes_data(r)
                                    .unwrap_or_default()
                                    .iter()
                                    .map(|&c| c as char)
                                    .collect();
                                self.decref(r);
                                PercentArg::Str(&owned)
                            }
                            None => {
                                let tn = self.type_name(arg);
                                return Err(self.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                tn
                            )));
                            }
                        },
                    },
                },
                'r' | 'a' => {
                    let r = self.repr(arg)?;
                    owned = crate::runtime::vm::repr::ascii_of_repr(&r);
                    PercentArg::Str(&owned)
                }
                'c' => {
                    let c = match (self.bytes_data(arg), self.as_i64(arg)) {
                        (Some([c]), _) => Some(*c),
                        (_, Some(i)) if (0..256).contains(&i) => Some(i as u8),
                        (_, Some(_)) => return Err(self.overflow_error("%c arg not in range(256)")),
                        // An int too big for i64 is out of range too.
                        _ if self.as_bigint(arg).is_some() => {
                            return Err(self.overflow_error("%c arg not in range(256)"))
                        }
                        _ => None,
                    };
                    let Some(c) = c else {
                        return Err(self
                            .type_error("%c requires an integer in range(256) or a single byte"));
                    };
                    owned = (c as char).to_string();
                    PercentArg::Str(&owned)
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match self.scalar(arg) {
                    Scalar::Float(x) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                        PercentArg::Float(x)
                    }
                    _ => match self.percent_int_arg(arg, spec.conv)? {
                        Some(b) => PercentArg::Int(b),
                        None => {
                            let tn = self.type_name(arg);
                            return Err(
                                self.type_error(percent::percent_type_error(spec.conv, &tn))
                            );
                        }
                    },
                },
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match self.to_f64(arg) {
                    Ok(x) => PercentArg::Float(x),
                    Err(e) if self.exc_matches(e.0, "TypeError") && self.num(arg).is_none() => {
                        self.decref(e.0);
                        let tn = self.type_name(arg);
                        return Err(self.type_error(format!("float argument required, not {}", tn)));
                    }
                    Err(e) => return Err(e),
                },
                _ => PercentArg::Int(0.into()),
            };
            // `%c` and `%b` are not str conversions: format them as `%s`.
            let mut spec = spec;
            if matches!(spec.conv, 'b' | 'c') {
                spec.conv = 's';
            }
            let widest = width
                .unwrap_or(0)
                .unsigned_abs()
                .max(prec.unwrap_or(0).unsigned_abs());
            self.ensure_alloc(widest as usize)?;
            match percent::apply_percent(&spec, width, prec, pa) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    return Err(match crate::text::error_kind(&e) {
                        crate::text::ErrorKind::TypeError => self.type_error(e),
                        crate::text::ErrorKind::OverflowError => self.overflow_error(e),
                        crate::text::ErrorKind::ValueError => self.value_error(e),
                    })
                }
            }
        }
        if !used_map && !is_map && next < list.len() {
            return Err(self.type_error("not all arguments converted during bytes formatting"));
        }
        let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
        Ok(self.new_like(fmt, data))
    }
}
