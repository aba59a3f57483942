import type { ImportedColumn } from '../adapters/csv/types';
import type { DataSet } from '../model/dataSet';

/** A column without its values: what travels with each slice of them. */
export type HeldColumnShape = Omit<ImportedColumn, 'values'>;

/** A data set without its columns: what travels with each request once the columns are held. */
export type DataSetShape = Omit<DataSet, 'columns' | 'testSet'>;

/**
 * The columns of one data set that a long-lived worker keeps between requests, so a change of
 * features sends only the choice. Each data set the page sends gets a larger key than the one
 * before: a column of a newer data set drops every column held for an older one, and a column
 * or request of an older data set that arrives late is ignored (the newer data set wins).
 */
export class HeldColumns {
  private key = -1;
  private readonly columns = new Map<string, ImportedColumn>();

  /**
   * Keeps the values `slice` at rows `start…` of the column `column` (its values `length` long)
   * for the data set `key`: the page sends a large column a slice per message, so it never holds
   * a second whole copy; the first slice allocates the column here. Returns false (keeping
   * nothing) when a newer data set is held. O(slice).
   */
  holdSlice(key: number, column: HeldColumnShape, length: number, start: number, slice: Float64Array): boolean {
    if (key < this.key) return false;
    if (key > this.key) {
      this.columns.clear();
      this.key = key;
    }
    let held = this.columns.get(column.name);
    if (!held || start === 0 || held.values.length !== length) {
      held = { ...column, values: new Float64Array(length) };
      this.columns.set(column.name, held);
    }
    held.values.set(slice, start);
    return true;
  }

  /**
   * Drops every column held and makes `key` the newest data set, holding nothing: the page
   * moved on to data it prepares itself, and a large set's columns would otherwise stay here.
   * Ignored when `key` is older than the data set held. O(1).
   */
  release(key: number): void {
    if (key < this.key) return;
    this.columns.clear();
    this.key = key;
  }

  /** Keeps a whole column for the data set `key` (one slice of its own length). */
  hold(key: number, column: ImportedColumn): boolean {
    const { values, ...shape } = column;
    return this.holdSlice(key, shape, values.length, 0, values);
  }

  /** The key of the data set held, or −1 before the first column. */
  get heldKey(): number {
    return this.key;
  }

  /** True when `values` shares its memory with a held column (a reply must not hand it over). O(columns). */
  isHeld(values: Float64Array): boolean {
    for (const column of this.columns.values()) if (column.values.buffer === values.buffer) return true;
    return false;
  }

  /** How many columns are held. */
  get size(): number {
    return this.columns.size;
  }

  /**
   * The data set `key` with those of the named columns it holds (in that order), or null when
   * that data set has been replaced by a newer one. A name it does not hold is left out, so
   * preparing the model reports it as a column the data set lacks. O(names).
   */
  dataSetOf(key: number, shape: DataSetShape, names: readonly string[]): DataSet | null {
    if (key !== this.key) return null;
    const columns = [...new Set(names)].flatMap((name) => {
      const column = this.columns.get(name);
      return column ? [column] : [];
    });
    return { ...shape, columns };
  }
}
