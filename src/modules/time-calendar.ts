/**
 * The calendar half of the `time` module (CPython's Modules/timemodule.c
 * over the C library's gmtime, localtime, mktime and strftime):
 * `struct_time`, `gmtime`, `localtime`, `mktime`, `strftime`, `asctime`,
 * `ctime` and the zone constants. Local time is the host's (JavaScript's
 * Date), as CPython's is the C library's.
 */
import type { PyObject } from "../heap/object.js";
import type { PyMethodDef } from "../objects/methoddef.js";
import { METH_FASTCALL, METH_O } from "../objects/methoddef.js";
import { PyModule_Add } from "../objects/moduleobject.js";
import { PyFloat_AsDouble, PyFloat_FromDouble } from "../objects/floatobject.js";
import { PyLong_AsNumber, PyLong_Check, PyLong_FromNumber, PyLong_AsDouble } from "../objects/longobject.js";
import { PyUnicode_AsString, PyUnicode_Check, PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.js";
import { Py_None } from "../objects/noneobject.js";
import { PyStructSequence_New, PyStructSequence_NewType } from "../objects/structseq.js";
import { type PyTupleObject, PyTuple_Check, _PyTuple_FromArraySteal } from "../objects/tupleobject.js";
import { Py_NewRef } from "../heap/refcount.js";
import { _PyType_FromSpecInCPython } from "../objects/typeobject.js";

export const StructTimeType = PyStructSequence_NewType({
  name: "time.struct_time",
  fields: [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
  ],
  n_in_sequence: 9,
  instantiable: true,
});
_PyType_FromSpecInCPython(StructTimeType);

/** C's struct tm, with Python's conventions (year in full, month 1-12,
 *  weekday 0 = Monday, yday from 1). */
interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function yearDay(y: number, m: number, d: number): number {
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return cum[m - 1]! + d + (m > 2 && isLeap(y) ? 1 : 0);
}

/** The local zone's offset east of UTC, in seconds, at `ms`. */
function localOffset(ms: number): number {
  return -new Date(ms).getTimezoneOffset() * 60;
}

function zoneName(offset: number): string {
  if (offset === 0) return "UTC";
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const hh = String(Math.floor(a / 3600)).padStart(2, "0");
  const mm = Math.floor((a % 3600) / 60);
  return mm === 0 ? `${sign}${hh}` : `${sign}${hh}${String(mm).padStart(2, "0")}`;
}

function tmFrom(ms: number, utc: boolean): Tm {
  const offset = utc ? 0 : localOffset(ms);
  const d = new Date(ms + offset * 1000);
  const year = d.getUTCFullYear();
  const mon = d.getUTCMonth() + 1;
  const mday = d.getUTCDate();
  return {
    year,
    mon,
    mday,
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7,
    yday: yearDay(year, mon, mday),
    isdst: 0,
    zone: utc ? "GMT" : zoneName(offset),
    gmtoff: offset,
  };
}

function structTime(tm: Tm): PyObject {
  const ints = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].map((n) =>
    PyLong_FromNumber(n),
  );
  return PyStructSequence_New(StructTimeType, [...ints, PyUnicode_FromString(tm.zone), PyLong_FromNumber(tm.gmtoff)]);
}

/** The seconds argument of gmtime/localtime/ctime: None or absent is now. */
function secondsArg(name: string, args: PyObject[]): number {
  if (args.length > 1) throw PyErr_Format(PyExc_TypeError, `${name}() takes at most 1 argument (${args.length} given)`);
  if (args.length === 0 || args[0] === Py_None) return Date.now() / 1000;
  const o = args[0];
  let t: number;
  if (PyLong_Check(o)) t = PyLong_AsDouble(o);
  else t = PyFloat_AsDouble(o);
  if (!Number.isFinite(t)) {
    throw PyErr_Format(
      PyExc_ValueError,
      Number.isNaN(t) ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t",
    );
  }
  if (Math.abs(t) > 8.64e12) throw PyErr_Format(PyExc_OverflowError, "timestamp out of range for platform time_t");
  return Math.floor(t);
}

function time_gmtime(_m: PyObject, args: PyObject[]): PyObject {
  return structTime(tmFrom(secondsArg("gmtime", args) * 1000, true));
}

function time_localtime(_m: PyObject, args: PyObject[]): PyObject {
  return structTime(tmFrom(secondsArg("localtime", args) * 1000, false));
}

/** A struct_time or 9-tuple argument as a Tm (gettmarg). */
function tmArg(name: string, o: PyObject): Tm {
  if (!PyTuple_Check(o)) throw PyErr_Format(PyExc_TypeError, "Tuple or struct_time argument required");
  const items = (o as PyTupleObject).ob_item;
  if (items.length !== 9) throw PyErr_Format(PyExc_TypeError, `${name}(): illegal time tuple argument`);
  const n = items.map((x) => {
    if (!PyLong_Check(x)) throw PyErr_Format(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    return PyLong_AsNumber(x);
  });
  const hidden = (o as unknown as { hidden?: PyObject[] }).hidden;
  const zone =
    hidden !== undefined && hidden.length > 0 && PyUnicode_Check(hidden[0]) ? PyUnicode_AsString(hidden[0]) : "UTC";
  return {
    year: n[0]!,
    mon: n[1]!,
    mday: n[2]!,
    hour: n[3]!,
    min: n[4]!,
    sec: n[5]!,
    wday: n[6]!,
    yday: n[7]!,
    isdst: n[8]!,
    zone,
    gmtoff: 0,
  };
}

/** checktm for strftime (Python's ranges, with 0 allowed where C allows). */
function checkTm(tm: Tm): void {
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 1 || tm.mon > 12) throw PyErr_Format(PyExc_ValueError, "month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw PyErr_Format(PyExc_ValueError, "day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw PyErr_Format(PyExc_ValueError, "hour out of range");
  if (tm.min < 0 || tm.min > 59) throw PyErr_Format(PyExc_ValueError, "minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw PyErr_Format(PyExc_ValueError, "seconds out of range");
  if (tm.wday < 0) throw PyErr_Format(PyExc_ValueError, "day of week out of range");
  tm.wday = tm.wday % 7;
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 0 || tm.yday > 366) throw PyErr_Format(PyExc_ValueError, "day of year out of range");
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
}

const p2 = (n: number): string => String(n).padStart(2, "0");

/** Week number of the year with weeks starting on `first` (0 Sunday, 1 Monday). */
function weekNumber(tm: Tm, mondayFirst: boolean): number {
  const cwday = (tm.wday + 1) % 7; // C: 0 = Sunday
  const wd = mondayFirst ? (cwday + 6) % 7 : cwday;
  return Math.floor((tm.yday - 1 + 7 - wd) / 7);
}

/** ISO 8601 year and week (glibc's %G, %V). */
function isoWeek(tm: Tm): [number, number] {
  const wdayIso = tm.wday + 1; // 1 = Monday
  const week = Math.floor((tm.yday - wdayIso + 10) / 7);
  const jan1 = ((((tm.wday - (tm.yday - 1)) % 7) + 7) % 7) + 1; // 1 = Monday
  const weeksIn = (year: number, jan1Iso: number): number =>
    jan1Iso === 4 || (jan1Iso === 3 && isLeap(year)) ? 53 : 52;
  if (week < 1) {
    const prev = tm.year - 1;
    const prevJan1 = ((((jan1 - 1 - (isLeap(prev) ? 366 : 365)) % 7) + 7) % 7) + 1;
    return [prev, weeksIn(prev, prevJan1)];
  }
  if (week > weeksIn(tm.year, jan1)) return [tm.year + 1, 1];
  return [tm.year, week];
}

/** The C library's strftime for the directives glibc documents. */
export function formatTm(fmt: string, tm: Tm): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    switch (d) {
      case "a":
        out += DAY_NAMES[tm.wday]!.slice(0, 3);
        break;
      case "A":
        out += DAY_NAMES[tm.wday];
        break;
      case "b":
      case "h":
        out += MONTH_NAMES[tm.mon - 1]!.slice(0, 3);
        break;
      case "B":
        out += MONTH_NAMES[tm.mon - 1];
        break;
      case "c":
        out += formatTm("%a %b %e %H:%M:%S %Y", tm);
        break;
      case "C":
        out += p2(Math.floor(tm.year / 100));
        break;
      case "d":
        out += p2(tm.mday);
        break;
      case "D":
        out += formatTm("%m/%d/%y", tm);
        break;
      case "e":
        out += String(tm.mday).padStart(2, " ");
        break;
      case "F":
        out += formatTm("%Y-%m-%d", tm);
        break;
      case "G":
        out += String(isoWeek(tm)[0]);
        break;
      case "g":
        out += p2(isoWeek(tm)[0] % 100);
        break;
      case "H":
        out += p2(tm.hour);
        break;
      case "I":
        out += p2(tm.hour % 12 === 0 ? 12 : tm.hour % 12);
        break;
      case "j":
        out += String(tm.yday).padStart(3, "0");
        break;
      case "k":
        out += String(tm.hour).padStart(2, " ");
        break;
      case "l":
        out += String(tm.hour % 12 === 0 ? 12 : tm.hour % 12).padStart(2, " ");
        break;
      case "m":
        out += p2(tm.mon);
        break;
      case "M":
        out += p2(tm.min);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += tm.hour < 12 ? "AM" : "PM";
        break;
      case "P":
        out += tm.hour < 12 ? "am" : "pm";
        break;
      case "r":
        out += formatTm("%I:%M:%S %p", tm);
        break;
      case "R":
        out += formatTm("%H:%M", tm);
        break;
      case "S":
        out += p2(tm.sec);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
        out += formatTm("%H:%M:%S", tm);
        break;
      case "u":
        out += String(tm.wday + 1);
        break;
      case "U":
        out += p2(weekNumber(tm, false));
        break;
      case "V":
        out += p2(isoWeek(tm)[1]);
        break;
      case "w":
        out += String((tm.wday + 1) % 7);
        break;
      case "W":
        out += p2(weekNumber(tm, true));
        break;
      case "x":
        out += formatTm("%m/%d/%y", tm);
        break;
      case "X":
        out += formatTm("%H:%M:%S", tm);
        break;
      case "y":
        out += p2(((tm.year % 100) + 100) % 100);
        break;
      case "Y":
        out += String(tm.year);
        break;
      case "z": {
        const a = Math.abs(tm.gmtoff);
        out += `${tm.gmtoff < 0 ? "-" : "+"}${p2(Math.floor(a / 3600))}${p2(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case "Z":
        out += tm.zone;
        break;
      case "%":
        out += "%";
        break;
      default:
        out += `%${d}`;
    }
  }
  return out;
}

function time_strftime(_m: PyObject, args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) {
    throw PyErr_Format(PyExc_TypeError, `strftime() takes at least 1 argument (${args.length} given)`);
  }
  const fmt = args[0];
  if (!PyUnicode_Check(fmt)) {
    throw PyErr_Format(PyExc_TypeError, `strftime() argument 1 must be str, not ${fmt.ob_type.tp_name}`);
  }
  let tm: Tm;
  if (args.length === 2) {
    tm = tmArg("strftime", args[1]);
    checkTm(tm);
    if (tm.zone === "UTC") tm.gmtoff = 0;
  } else {
    tm = tmFrom(Date.now(), false);
  }
  return PyUnicode_FromString(formatTm(PyUnicode_AsString(fmt), tm));
}

function asctimeOf(tm: Tm): string {
  return `${DAY_NAMES[tm.wday]!.slice(0, 3)} ${MONTH_NAMES[tm.mon - 1]!.slice(0, 3)} ${String(tm.mday).padStart(2, " ")} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}

function time_asctime(_m: PyObject, args: PyObject[]): PyObject {
  if (args.length > 1) throw PyErr_Format(PyExc_TypeError, `asctime() takes at most 1 argument (${args.length} given)`);
  const tm = args.length === 0 ? tmFrom(Date.now(), false) : tmArg("asctime", args[0]);
  if (args.length === 1) checkTm(tm);
  return PyUnicode_FromString(asctimeOf(tm));
}

function time_ctime(_m: PyObject, args: PyObject[]): PyObject {
  return PyUnicode_FromString(asctimeOf(tmFrom(secondsArg("ctime", args) * 1000, false)));
}

function time_mktime(_m: PyObject, o: PyObject): PyObject {
  const tm = tmArg("mktime", o);
  const guess = Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec);
  return PyFloat_FromDouble((guess - localOffset(guess) * 1000) / 1000);
}

export const calendarFunctions: PyMethodDef[] = [
  { name: "gmtime", meth: time_gmtime, flags: METH_FASTCALL },
  { name: "localtime", meth: time_localtime, flags: METH_FASTCALL },
  { name: "mktime", meth: time_mktime, flags: METH_O },
  { name: "strftime", meth: time_strftime, flags: METH_FASTCALL },
  { name: "asctime", meth: time_asctime, flags: METH_FASTCALL },
  { name: "ctime", meth: time_ctime, flags: METH_FASTCALL },
];

/** Add struct_time and the zone constants to the module. */
export function addCalendar(m: PyObject): void {
  PyModule_Add(m, "struct_time", Py_NewRef(StructTimeType));
  const jan = localOffset(Date.UTC(2024, 0, 1));
  const jul = localOffset(Date.UTC(2024, 6, 1));
  const std = Math.min(jan, jul);
  const dst = Math.max(jan, jul);
  PyModule_Add(m, "timezone", PyLong_FromNumber(-std));
  PyModule_Add(m, "altzone", PyLong_FromNumber(-dst));
  PyModule_Add(m, "daylight", PyLong_FromNumber(jan !== jul ? 1 : 0));
  const names = [PyUnicode_FromString(zoneName(std)), PyUnicode_FromString(zoneName(dst))];
  PyModule_Add(m, "tzname", _PyTuple_FromArraySteal(names));
}
