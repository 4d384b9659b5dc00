// The strip's brush: a range that follows the pointer or the handle keys locally, and is
// handed to `onSelect` once, when the reader lets go, so one gesture is one step in history.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { clamp } from './strip-geometry.ts';

const STEP_KEYS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -30, PageUp: 30 };

interface BrushOptions {
  first: number;
  last: number;
  selection: readonly [number | null, number | null];
  onSelect: (from: number | null, to: number | null) => void;
  /** The day under a pixel offset from the strip's left edge. */
  dayAt: (px: number) => number;
}

export function useStripBrush({ first, last, selection, onSelect, dayAt }: BrushOptions) {
  const [draft, setDraftState] = useState<[number, number] | null>(null);
  const latestDraft = useRef<[number, number] | null>(null);
  const setDraft = (next: [number, number] | null) => {
    latestDraft.current = next;
    setDraftState(next);
  };
  const anchor = useRef<number | null>(null);
  const moved = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  const shown: [number, number] = draft ?? [selection[0] ?? first, selection[1] ?? last];
  // The committed range stays drawn until the new selection comes back through the props
  // (the page may render it a moment later), so a second key press builds on the first.
  useEffect(() => {
    setDraft(null);
  }, [selection[0], selection[1]]);
  const commit = (range: [number, number]) => {
    const [from, to] = range[0] <= range[1] ? range : [range[1], range[0]];
    setDraft([from, to]);
    onSelect(from <= first ? null : from, to >= last ? null : to);
  };

  const pointerDay = (event: PointerEvent<HTMLDivElement>) => dayAt(event.clientX - (box.current?.getBoundingClientRect().left ?? 0));
  // Pressing on the strip starts a new range there; pressing on a handle drags that end.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = event.target as Element;
    const end = target.getAttribute('data-end');
    if (end !== null) anchor.current = shown[end === '0' ? 1 : 0];
    else if (target.getAttribute('data-brush') !== null) anchor.current = pointerDay(event);
    else return;
    moved.current = false;
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (anchor.current === null) return;
    const day = pointerDay(event);
    moved.current = true;
    setDraft([Math.min(anchor.current, day), Math.max(anchor.current, day)]);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = anchor.current;
    anchor.current = null;
    if (start === null) return;
    const day = pointerDay(event);
    // A click without a drag chooses nothing: a stray tap should not filter the page.
    if (!moved.current || day === start) setDraft(null);
    else commit([Math.min(start, day), Math.max(start, day)]);
  };

  const onHandleKey = (end: 0 | 1) => (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP_KEYS[event.key];
    let value: number | null = null;
    const current = latestDraft.current ?? shown;
    if (step !== undefined) value = current[end] + (event.shiftKey ? step * 30 : step);
    else if (event.key === 'Home') value = first;
    else if (event.key === 'End') value = last;
    else if (event.key === 'Enter' && latestDraft.current) commit(latestDraft.current);
    if (value === null) return;
    event.preventDefault();
    const next: [number, number] = [...current];
    next[end] = end === 0 ? clamp(value, first, current[1]) : clamp(value, current[0], last);
    setDraft(next);
  };
  const onHandleKeyUp = (event: KeyboardEvent<HTMLDivElement>) => {
    const pending = latestDraft.current;
    if (pending && (event.key in STEP_KEYS || event.key === 'Home' || event.key === 'End')) commit(pending);
  };

  const onPointerCancel = () => {
    anchor.current = null;
    setDraft(null);
  };
  const onHandleBlur = () => {
    if (latestDraft.current) commit(latestDraft.current);
  };
  return { shown, box, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onHandleKey, onHandleKeyUp, onHandleBlur };
}
