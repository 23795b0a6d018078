/**
 * The `_heapq` module (CPython's Modules/_heapqmodule.c): the heap
 * functions Lib/heapq.py imports over its Python versions (`from _heapq
 * import *` and the `_max` variants), so heapq runs them as CPython does,
 * with no frame of heapq.py in a traceback.
 *
 * The heap is a list (or a list subclass), sifted in place over its item
 * array. Each comparison holds references to both items (so `__lt__` sees
 * the counts CPython's does) and may run Python code that changes the
 * list: the array is read again after it, and a size that changed is a
 * RuntimeError ("list changed size during iteration"). An empty heap is
 * CPython's IndexError, "index out of range".
 */
import type { PyObject } from "../heap/object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "../heap/refcount.js";
import { METH_FASTCALL, METH_O, type PyMethodDef } from "../objects/methoddef.js";
import { PyModule_Add, PyModule_AddFunctions, PyModule_New } from "../objects/moduleobject.js";
import { PyUnicode_FromString } from "../objects/unicodeobject.js";
import { PyList_Append, PyList_Check, type PyListObject, PyList_SetSlice } from "../objects/listobject.js";
import { Py_None } from "../objects/noneobject.js";
import { PyErr_Format } from "../objects/errors.js";
import { PyExc_IndexError, PyExc_RuntimeError, PyExc_TypeError } from "../objects/exceptions.js";
import { _PyArg_CheckPositional } from "../objects/getargs.js";
import { PyObject_RichCompareBool } from "../objects/abstract.js";
import { Py_LT } from "../bytecode/opcodes.js";

/** A sift: moves items of `heap` from `pos` (siftup and siftdown, or
 *  their max-heap variants). */
type SiftFunc = (heap: PyListObject, pos: number) => void;

/** `a < b`, holding a reference to each while Python code may run. */
function less(a: PyObject, b: PyObject): boolean {
  Py_INCREF(a);
  Py_INCREF(b);
  try {
    return PyObject_RichCompareBool(a, b, Py_LT);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
  }
}

function indexError(): PyObject {
  return PyErr_Format(PyExc_IndexError, "index out of range");
}

function sizeChanged(): PyObject {
  return PyErr_Format(PyExc_RuntimeError, "list changed size during iteration");
}

/**
 * siftdown (siftdown_max with `max`): the item at `pos` moves up towards
 * `startpos` past every parent greater (smaller) than it.
 */
function siftdownWith(heap: PyListObject, startpos: number, pos: number, max: boolean): void {
  const size = heap.ob_item.length;
  if (pos >= size) throw indexError();
  let arr = heap.ob_item;
  let newitem = arr[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos];
    const lt = max ? less(parent, newitem) : less(newitem, parent);
    if (size !== heap.ob_item.length) throw sizeChanged();
    if (!lt) break;
    arr = heap.ob_item;
    const p = arr[parentpos];
    newitem = arr[pos];
    arr[parentpos] = newitem;
    arr[pos] = p;
    pos = parentpos;
  }
}

/**
 * siftup (siftup_max with `max`): the smaller (larger) child moves up
 * from `pos` until a leaf is reached, then the item put at `pos` moves
 * back up to its place (siftdown).
 */
function siftupWith(heap: PyListObject, pos: number, max: boolean): void {
  const endpos = heap.ob_item.length;
  const startpos = pos;
  if (pos >= endpos) throw indexError();
  let arr = heap.ob_item;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = max ? less(arr[childpos + 1], arr[childpos]) : less(arr[childpos], arr[childpos + 1]);
      if (!lt) childpos++;
      arr = heap.ob_item;
      if (endpos !== arr.length) throw sizeChanged();
    }
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftdownWith(heap, startpos, pos, max);
}

const siftup: SiftFunc = (heap, pos) => siftupWith(heap, pos, false);
const siftup_max: SiftFunc = (heap, pos) => siftupWith(heap, pos, true);

/** Clinic's `heap: object(subclass_of='&PyList_Type')`. */
function heapArg(fname: string, which: string, o: PyObject): PyListObject {
  if (!PyList_Check(o)) {
    const got = o === Py_None ? "None" : o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf(".") + 1);
    throw PyErr_Format(PyExc_TypeError, `${fname}() ${which} must be list, not ${got}`);
  }
  return o;
}

/** Two positional arguments, the first a list. */
function heapAndItem(fname: string, args: PyObject[]): PyListObject {
  _PyArg_CheckPositional(fname, args.length, 2, 2);
  return heapArg(fname, "argument 1", args[0]);
}

function _heapq_heappush(_m: PyObject, args: PyObject[]): PyObject {
  const heap = heapAndItem("heappush", args);
  PyList_Append(heap, args[1]);
  siftdownWith(heap, 0, heap.ob_item.length - 1, false);
  return Py_NewRef(Py_None);
}

/** heappop_internal: the last item replaces the root, which is returned. */
function heappop_internal(heap: PyListObject, sift: SiftFunc): PyObject {
  let n = heap.ob_item.length;
  if (n === 0) throw indexError();
  const lastelt = Py_NewRef(heap.ob_item[n - 1]);
  try {
    PyList_SetSlice(heap, n - 1, n, null);
  } catch (e) {
    Py_DECREF(lastelt);
    throw e;
  }
  n--;
  if (n === 0) return lastelt;
  const returnitem = heap.ob_item[0];
  heap.ob_item[0] = lastelt;
  try {
    sift(heap, 0);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

/** heapreplace_internal: `item` replaces the root, which is returned. */
function heapreplace_internal(heap: PyListObject, item: PyObject, sift: SiftFunc): PyObject {
  if (heap.ob_item.length === 0) throw indexError();
  const returnitem = heap.ob_item[0];
  heap.ob_item[0] = Py_NewRef(item);
  try {
    sift(heap, 0);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

function _heapq_heappushpop(_m: PyObject, args: PyObject[]): PyObject {
  const heap = heapAndItem("heappushpop", args);
  const item = args[1];
  if (heap.ob_item.length === 0) return Py_NewRef(item);
  if (!less(heap.ob_item[0], item)) return Py_NewRef(item);
  return heapreplace_internal(heap, item, siftup);
}

/** keep_top_bit: `n` with only its highest bit set. */
function keep_top_bit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return n * 2 ** i;
}

/**
 * heapify_internal: every node with children sifted, last first. Past
 * 2500 items CPython takes cache_friendly_heapify's order (each parent
 * right after its two subtrees), which compares the same pairs to the
 * same heap in another order; it is kept, since comparisons can be seen.
 */
function heapify_internal(heap: PyListObject, sift: SiftFunc): PyObject {
  const n = heap.ob_item.length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keep_top_bit(m + 1) - 1;
    const mhalf = m >> 1;
    const siftChain = (i: number): void => {
      for (let j = i; ; j >>= 1) {
        sift(heap, j);
        if ((j & 1) === 0) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) siftChain(i);
    for (let i = m - 1; i >= leftmost; i--) siftChain(i);
    return Py_NewRef(Py_None);
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(heap, i);
  return Py_NewRef(Py_None);
}

// ---------------------------------------------------------------- CPython's docstrings

const DOC_MODULE =
  "Heap queue algorithm (a.k.a. priority queue).\n" +
  "\n" +
  "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n" +
  "all k, counting elements from 0.  For the sake of comparison,\n" +
  "non-existing elements are considered to be infinite.  The interesting\n" +
  "property of a heap is that a[0] is always its smallest element.\n" +
  "\n" +
  "Usage:\n" +
  "\n" +
  "heap = []            # creates an empty heap\n" +
  "heappush(heap, item) # pushes a new item on the heap\n" +
  "item = heappop(heap) # pops the smallest item from the heap\n" +
  "item = heap[0]       # smallest item on the heap without popping it\n" +
  "heapify(x)           # transforms list into a heap, in-place, in linear time\n" +
  "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n" +
  "                               # new item; the heap size is unchanged\n" +
  "\n" +
  "Our API differs from textbook heap algorithms as follows:\n" +
  "\n" +
  "- We use 0-based indexing.  This makes the relationship between the\n" +
  "  index for a node and the indexes for its children slightly less\n" +
  "  obvious, but is more suitable since Python uses 0-based indexing.\n" +
  "\n" +
  "- Our heappop() method returns the smallest item, not the largest.\n" +
  "\n" +
  "These two make it possible to view the heap as a regular Python list\n" +
  "without surprises: heap[0] is the smallest item, and heap.sort()\n" +
  "maintains the heap invariant!\n";

const DOC_ABOUT =
  "Heap queues\n" +
  "\n" +
  "[explanation by Fran\u00e7ois Pinard]\n" +
  "\n" +
  "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n" +
  "all k, counting elements from 0.  For the sake of comparison,\n" +
  "non-existing elements are considered to be infinite.  The interesting\n" +
  "property of a heap is that a[0] is always its smallest element.\n" +
  "\n" +
  "The strange invariant above is meant to be an efficient memory\n" +
  "representation for a tournament.  The numbers below are `k', not a[k]:\n" +
  "\n" +
  "                                   0\n" +
  "\n" +
  "                  1                                 2\n" +
  "\n" +
  "          3               4                5               6\n" +
  "\n" +
  "      7       8       9       10      11      12      13      14\n" +
  "\n" +
  "    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30\n" +
  "\n" +
  "\n" +
  "In the tree above, each cell `k' is topping `2*k+1' and `2*k+2'.  In\n" +
  "a usual binary tournament we see in sports, each cell is the winner\n" +
  "over the two cells it tops, and we can trace the winner down the tree\n" +
  "to see all opponents s/he had.  However, in many computer applications\n" +
  "of such tournaments, we do not need to trace the history of a winner.\n" +
  "To be more memory efficient, when a winner is promoted, we try to\n" +
  "replace it by something else at a lower level, and the rule becomes\n" +
  "that a cell and the two cells it tops contain three different items,\n" +
  'but the top cell "wins" over the two topped cells.\n' +
  "\n" +
  "If this heap invariant is protected at all time, index 0 is clearly\n" +
  "the overall winner.  The simplest algorithmic way to remove it and\n" +
  'find the "next" winner is to move some loser (let\'s say cell 30 in the\n' +
  "diagram above) into the 0 position, and then percolate this new 0 down\n" +
  "the tree, exchanging values, until the invariant is re-established.\n" +
  "This is clearly logarithmic on the total number of items in the tree.\n" +
  "By iterating over all items, you get an O(n ln n) sort.\n" +
  "\n" +
  "A nice feature of this sort is that you can efficiently insert new\n" +
  "items while the sort is going on, provided that the inserted items are\n" +
  'not "better" than the last 0\'th element you extracted.  This is\n' +
  "especially useful in simulation contexts, where the tree holds all\n" +
  'incoming events, and the "win" condition means the smallest scheduled\n' +
  "time.  When an event schedule other events for execution, they are\n" +
  "scheduled into the future, so they can easily go into the heap.  So, a\n" +
  "heap is a good structure for implementing schedulers (this is what I\n" +
  "used for my MIDI sequencer :-).\n" +
  "\n" +
  "Various structures for implementing schedulers have been extensively\n" +
  "studied, and heaps are good for this, as they are reasonably speedy,\n" +
  "the speed is almost constant, and the worst case is not much different\n" +
  "than the average case.  However, there are other representations which\n" +
  "are more efficient overall, yet the worst cases might be terrible.\n" +
  "\n" +
  "Heaps are also very useful in big disk sorts.  You most probably all\n" +
  'know that a big sort implies producing "runs" (which are pre-sorted\n' +
  "sequences, which size is usually related to the amount of CPU memory),\n" +
  "followed by a merging passes for these runs, which merging is often\n" +
  "very cleverly organised[1].  It is very important that the initial\n" +
  "sort produces the longest runs possible.  Tournaments are a good way\n" +
  "to that.  If, using all the memory available to hold a tournament, you\n" +
  "replace and percolate items that happen to fit the current run, you'll\n" +
  "produce runs which are twice the size of the memory for random input,\n" +
  "and much better for input fuzzily ordered.\n" +
  "\n" +
  "Moreover, if you output the 0'th item on disk and get an input which\n" +
  'may not fit in the current tournament (because the value "wins" over\n' +
  "the last output value), it cannot fit in the heap, so the size of the\n" +
  "heap decreases.  The freed memory could be cleverly reused immediately\n" +
  "for progressively building a second heap, which grows at exactly the\n" +
  "same rate the first heap is melting.  When the first heap completely\n" +
  "vanishes, you switch heaps and start a new run.  Clever and quite\n" +
  "effective!\n" +
  "\n" +
  "In a word, heaps are useful memory structures to know.  I use them in\n" +
  "a few applications, and I think it is good to keep a `heap' module\n" +
  "around. :-)\n" +
  "\n" +
  "--------------------\n" +
  "[1] The disk balancing algorithms which are current, nowadays, are\n" +
  "more annoying than clever, and this is a consequence of the seeking\n" +
  "capabilities of the disks.  On devices which cannot seek, like big\n" +
  "tape drives, the story was quite different, and one had to be very\n" +
  "clever to ensure (far in advance) that each tape movement will be the\n" +
  "most effective possible (that is, will best participate at\n" +
  '"progressing" the merge).  Some tapes were even able to read\n' +
  "backwards, and this was also used to avoid the rewinding time.\n" +
  "Believe me, real good tape sorts were quite spectacular to watch!\n" +
  "From all times, sorting has always been a Great Art! :-)\n";

const DOC_HEAPPUSH = "Push item onto heap, maintaining the heap invariant.";

const DOC_HEAPPUSHPOP =
  "Push item on the heap, then pop and return the smallest item from the heap.\n" +
  "\n" +
  "The combined action runs more efficiently than heappush() followed by\n" +
  "a separate call to heappop().";

const DOC_HEAPPOP = "Pop the smallest item off the heap, maintaining the heap invariant.";

const DOC_HEAPREPLACE =
  "Pop and return the current smallest value, and add the new item.\n" +
  "\n" +
  "This is more efficient than heappop() followed by heappush(), and can be\n" +
  "more appropriate when using a fixed-size heap.  Note that the value\n" +
  "returned may be larger than item!  That constrains reasonable uses of\n" +
  "this routine unless written as part of a conditional replacement:\n" +
  "\n" +
  "    if item > heap[0]:\n" +
  "        item = heapreplace(heap, item)";

const DOC_HEAPIFY = "Transform list into a heap, in-place, in O(len(heap)) time.";

const functions: PyMethodDef[] = [
  { name: "heappush", meth: _heapq_heappush, flags: METH_FASTCALL, doc: DOC_HEAPPUSH },
  {
    name: "heappushpop",
    meth: _heapq_heappushpop,
    flags: METH_FASTCALL,
    doc: DOC_HEAPPUSHPOP,
  },
  {
    name: "heappop",
    meth: (_m: PyObject, heap: PyObject) => heappop_internal(heapArg("heappop", "argument", heap), siftup),
    flags: METH_O,
    doc: DOC_HEAPPOP,
  },
  {
    name: "heapreplace",
    meth: (_m: PyObject, args: PyObject[]) => heapreplace_internal(heapAndItem("heapreplace", args), args[1], siftup),
    flags: METH_FASTCALL,
    doc: DOC_HEAPREPLACE,
  },
  {
    name: "heapify",
    meth: (_m: PyObject, heap: PyObject) => heapify_internal(heapArg("heapify", "argument", heap), siftup),
    flags: METH_O,
    doc: DOC_HEAPIFY,
  },
  {
    name: "_heappop_max",
    meth: (_m: PyObject, heap: PyObject) => heappop_internal(heapArg("_heappop_max", "argument", heap), siftup_max),
    flags: METH_O,
    doc: "Maxheap variant of heappop.",
  },
  {
    name: "_heapreplace_max",
    meth: (_m: PyObject, args: PyObject[]) =>
      heapreplace_internal(heapAndItem("_heapreplace_max", args), args[1], siftup_max),
    flags: METH_FASTCALL,
    doc: "Maxheap variant of heapreplace.",
  },
  {
    name: "_heapify_max",
    meth: (_m: PyObject, heap: PyObject) => heapify_internal(heapArg("_heapify_max", "argument", heap), siftup_max),
    flags: METH_O,
    doc: "Maxheap variant of heapify.",
  },
];

export function PyInit__heapq(): PyObject {
  const m = PyModule_New("_heapq");
  PyModule_Add(m, "__doc__", PyUnicode_FromString(DOC_MODULE));
  PyModule_AddFunctions(m, functions);
  PyModule_Add(m, "__about__", PyUnicode_FromString(DOC_ABOUT));
  return m;
}
