//! printf-style formatting of str, `fmt % args` (CPython's `PyUnicode_Format` in
//! Objects/unicodeobject.c): the format is parsed and each conversion applied by
//! `crate::text::percent`; the arguments are fetched and converted here.

use super::methods::text_err;
use crate::runtime::object::Obj;
use crate::runtime::vm::repr::ascii_of_repr;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::percent::{self, Count, PercentArg, PercentPiece};
use crate::value::{Scalar, Value};
use num_bigint::BigInt;

impl Vm {
    /// `fmt % args` when every conversion is a bare `%s`, `%r` or `%d` of an exact
    /// str (not `%d`) or int and the argument count matches (`"%s: %s" % (k, v)`): the text,
    /// built without parsing the format into pieces or copying the arguments.
    /// None for everything else (flags, widths, other conversions, mappings, a
    /// count mismatch), which the general path formats or reports.
    fn percent_format_plain(&self, fmt: Value, args: Value) -> Option<String> {
        let f = self.as_str(fmt)?;
        let one = [args];
        let items: &[Value] = match args {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) => t,
                Obj::Str(_) => &one,
                _ => return None,
            },
            Value::Int(_) => &one,
            _ => return None,
        };
        let mut out = String::with_capacity(f.len() + 16 * items.len());
        let mut next = 0;
        let mut rest = f;
        // A plain byte scan: formats are short, and `str::find`'s searcher costs
        // more to set up than the scan ('%' is ASCII, so `i` is a char boundary).
        while let Some(i) = rest.bytes().position(|b| b == b'%') {
            out.push_str(&rest[..i]);
            let conv = rest.as_bytes().get(i + 1).copied()?;
            rest = &rest[i + 2..];
            if conv == b'%' {
                out.push('%');
                continue;
            }
            let arg = *items.get(next)?;
            next += 1;
            match (conv, arg) {
                (b's', Value::Obj(r)) => match self.heap.get(r) {
                    Obj::Str(s) => out.push_str(s.as_str()),
                    _ => return None,
                },
                // An exact str's repr never holds stand-ins: surrogates are escaped.
                (b'r', Value::Obj(r)) => match self.heap.get(r) {
                    Obj::Str(s) => {
                        out.push_str(&crate::text::str_methods::str_repr_flagged(
                            s.as_str(),
                            s.is_flagged(),
                        ));
                    }
                    _ => return None,
                },
                (b's' | b'd' | b'r', Value::Int(h)) => {
                    use std::fmt::Write;
                    write!(out, "{}", self.heap.int_of(h)).ok()?;
                }
                _ => return None,
            }
        }
        out.push_str(rest);
        (next == items.len()).then_some(out)
    }

    /// Whether `v` is an exact str (not a subclass instance).
    fn is_exact_str(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)))
    }

    /// `fmt % args` whose result CPython's writer returns without copying: one
    /// whole exact str and nothing else written (`"%s" % s`, `s % ()`). Owned.
    fn percent_identity(&mut self, fmt: Value, args: Value) -> Option<Value> {
        if !self.is_exact_str(fmt) {
            return None;
        }
        let f = self.as_str(fmt)?;
        let whole = if f == "%s" {
            let one = match args {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Tuple(t) if t.len() == 1 => t[0],
                    Obj::Tuple(_) => return None,
                    _ => args,
                },
                _ => return None,
            };
            self.is_exact_str(one).then_some(one)?
        } else if !f.contains('%') {
            let empty_or_map = match args {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Tuple(t) => t.is_empty(),
                    Obj::Dict(_) => true,
                    _ => false,
                },
                _ => false,
            };
            empty_or_map.then_some(fmt)?
        } else {
            return None;
        };
        self.incref(whole);
        Some(whole)
    }

    /// `fmt % args` for str (CPython's `PyUnicode_Format`).
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        if let Some(v) = self.percent_identity(fmt, args) {
            return Ok(v);
        }
        if let Some(out) = self.percent_format_plain(fmt, args) {
            return Ok(self.new_str(out));
        }
        let f = self.as_str(fmt).unwrap_or("").to_string();
        // A tuple subclass is the argument tuple (CPython's `PyTuple_Check`).
        let args = match self.payload_of(args) {
            Some(p) if matches!(p, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_))) => p,
            _ => args,
        };
        let is_tuple = matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)));
        // CPython's `PyMapping_Check` (a type with `__getitem__`), tuples and strs
        // excepted: such an argument is the mapping of `%(key)s` conversions and is
        // never "not all converted".
        let is_map = !is_tuple
            && !self.is_str(args)
            && (matches!(args, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)))
                || match self.lookup_type_attr(args, "__getitem__") {
                    Some(m) => {
                        self.decref(m);
                        true
                    }
                    None => false,
                });
        let list: Vec<Value> = if is_tuple {
            self.seq_items(args).unwrap_or_default()
        } else {
            vec![args]
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_map = false;
        // Whether the result holds surrogates: from the format, a %s/%c str, or %c
        // of a surrogate's code point.
        let mut flagged = self.str_is_flagged(fmt);
        // CPython's writer returns a str written whole into an empty result as
        // the result itself: the pieces written, and that str if it was one.
        let mut written = 0usize;
        let mut sole: Option<Value> = None;
        for piece in percent::parse_percent(&f) {
            match piece {
                PercentPiece::Literal(s) => {
                    out.push_str(&s);
                    if !s.is_empty() {
                        written += 1;
                        sole = None;
                    }
                }
                PercentPiece::Error(e) => return Err(text_err(self, e)),
                PercentPiece::Spec(spec) => {
                    let mut take = |vm: &mut Vm| -> PyResult<Value> {
                        if next < list.len() {
                            next += 1;
                            Ok(list[next - 1])
                        } else {
                            Err(vm.type_error("not enough arguments for format string"))
                        }
                    };
                    // `*` takes any int (a subclass too); the width must fit a
                    // C ssize_t and the precision a C int, as CPython reads them.
                    let mut star = |vm: &mut Vm, c: Option<Count>, c_int: bool| match c {
                        None => Ok(None),
                        Some(Count::Fixed(n)) => Ok(Some(n as i64)),
                        Some(Count::Star) => {
                            let v = take(vm)?;
                            let Some(b) = vm.as_bigint(vm.unwrap_payload(v)) else {
                                return Err(vm.type_error("* wants int"));
                            };
                            let n = num_traits::ToPrimitive::to_i64(&b)
                                .filter(|&n| !c_int || i32::try_from(n).is_ok());
                            match n {
                                Some(n) => Ok(Some(n)),
                                None if c_int => {
                                    Err(vm
                                        .overflow_error("Python int too large to convert to C int"))
                                }
                                None => Err(vm.overflow_error(
                                    "Python int too large to convert to C ssize_t",
                                )),
                            }
                        }
                    };
                    let width = star(self, spec.width, false)?;
                    let prec = star(self, spec.precision, true)?;
                    let arg = match &spec.key {
                        Some(k) => {
                            used_map = true;
                            let kv = self.new_str(k.clone());
                            let r = self.get_item(args, kv);
                            self.decref(kv);
                            let v = r?;
                            self.decref(v);
                            // CPython's keyed conversion consumes the argument: a
                            // positional conversion after it has nothing left.
                            next = list.len();
                            v
                        }
                        None => {
                            if next < list.len() {
                                next += 1;
                                list[next - 1]
                            } else {
                                return Err(
                                    self.type_error("not enough arguments for format string")
                                );
                            }
                        }
                    };
                    // Numeric conversions read an int/float subclass's value.
                    let arg = if matches!(spec.conv, 's' | 'r' | 'a') {
                        arg
                    } else {
                        self.payload_unless(arg, &["__index__", "__int__", "__float__"])
                    };
                    if matches!(spec.conv, 's' | 'c') && self.str_is_flagged(arg) {
                        flagged = true;
                    }
                    let owned;
                    let pa = match spec.conv {
                        's' => {
                            owned = self.to_str(arg)?;
                            PercentArg::Str(&owned)
                        }
                        'r' | 'a' => {
                            let r = self.repr(arg)?;
                            owned = if spec.conv == 'a' {
                                ascii_of_repr(&r)
                            } else {
                                r
                            };
                            PercentArg::Str(&owned)
                        }
                        'c' => {
                            if let Some(s) = self.as_str(arg) {
                                owned = s.to_string();
                                PercentArg::Str(&owned)
                            } else if let Some(b) = self.as_bigint(arg) {
                                flagged |= num_traits::ToPrimitive::to_u32(&b)
                                    .is_some_and(|c| (0xd800..0xe000).contains(&c));
                                PercentArg::Int(b)
                            } else if let Some(b) = self.index_dunder(arg)? {
                                PercentArg::Int(b)
                            } else {
                                let tn = self.type_name(arg);
                                return Err(
                                    self.type_error(format!("%c requires int or char, not {}", tn))
                                );
                            }
                        }
                        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => match self.scalar(arg) {
                            Scalar::Float(x) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                                PercentArg::Float(x)
                            }
                            _ => match self.percent_int_arg(arg, spec.conv)? {
                                Some(b) => {
                                    if matches!(spec.conv, 'd' | 'i' | 'u') {
                                        self.check_bigint_decimal(&b)?;
                                    }
                                    PercentArg::Int(b)
                                }
                                None => {
                                    let tn = self.type_name(arg);
                                    return Err(self
                                        .type_error(percent::percent_type_error(spec.conv, &tn)));
                                }
                            },
                        },
                        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentArg::Float(self.to_f64(arg)?),
                        _ => PercentArg::Int(0.into()),
                    };
                    let widest = width
                        .unwrap_or(0)
                        .unsigned_abs()
                        .max(prec.unwrap_or(0).unsigned_abs());
                    self.ensure_alloc(widest as usize)?;
                    let whole_str =
                        spec.conv == 's' && spec.key.is_none() && self.is_exact_str(arg);
                    match percent::apply_percent(&spec, width, prec, pa) {
                        Ok(s) => {
                            // Every conversion counts, an empty one too (`"%s%s" %
                            // (s, "")` is a new str in CPython).
                            written += 1;
                            sole =
                                (whole_str && Some(s.as_str()) == self.as_str(arg)).then_some(arg);
                            out.push_str(&s)
                        }
                        Err(e) => return Err(text_err(self, e)),
                    }
                }
            }
        }
        if !used_map && !is_map && next < list.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        if let (1, Some(v)) = (written, sole) {
            self.incref(v);
            return Ok(v);
        }
        Ok(self.new_str_derived(out, flagged))
    }
}

impl Vm {
    /// The int a `%d`/`%x`-style conversion formats (CPython's `mainformatlong`): an
    /// int as is; for `%x`/`%X`/`%o` an object's `__index__`; for `%d`/`%i`/`%u` its
    /// `__int__`, then `__index__`. `None` when the type has none of the number
    /// methods, so the caller raises the conversion's TypeError.
    pub(crate) fn percent_int_arg(&mut self, arg: Value, conv: char) -> PyResult<Option<BigInt>> {
        if let Some(b) = self.as_bigint(arg) {
            return Ok(Some(b));
        }
        if !matches!(arg, Value::Obj(_)) {
            return Ok(None);
        }
        let decimal = matches!(conv, 'd' | 'i' | 'u');
        let int_m = if decimal {
            self.lookup_type_attr(arg, "__int__")
        } else {
            None
        };
        if let Some(m) = int_m {
            let r = self.call_value(m, &[arg], &[]);
            self.decref(m);
            let r = r?;
            let out = match self.as_bigint(self.unwrap_payload(r)) {
                Some(b) => Ok(Some(b)),
                None => {
                    let rn = self.type_name(r);
                    Err(self.type_error(format!("__int__ returned non-int (type {})", rn)))
                }
            };
            self.decref(r);
            return out;
        }
        // A TypeError from the conversion is reported as the format's own.
        match self.index_dunder(arg) {
            Ok(Some(b)) => return Ok(Some(b)),
            Ok(None) => {}
            Err(e) if self.exc_matches(e.0, "TypeError") => self.decref(e.0),
            Err(e) => return Err(e),
        }
        Ok(None)
    }
}
