/**
 * Custom XML parts, shared by the Excel fake (workbook.customXmlParts,
 * ExcelApi 1.5) and the Word fake (document.customXmlParts, WordApi 1.4).
 */
import {
  FakeCollection,
  FakeErrorCodes,
  FakeObject,
  FakeOfficeError,
  FakeRequestContext,
  PropertyDef,
  defineProperties,
  invalidArgument,
  itemNotFound,
  resultOf,
  FakeClientResult,
} from "./core";

export interface CustomXmlPartModel {
  id: string;
  xml: string;
  namespaceUri: string;
}

export class CustomXmlStore {
  readonly parts: CustomXmlPartModel[] = [];
  private next = 1;

  /** Adds a part directly (test seeding); returns it. */
  add(xml: string): CustomXmlPartModel {
    const part: CustomXmlPartModel = {
      id: `{${String(this.next++).padStart(8, "0")}-0000-4000-8000-000000000000}`,
      xml,
      namespaceUri: namespaceOf(xml),
    };
    this.parts.push(part);
    return part;
  }

  byNamespace(ns: string): CustomXmlPartModel[] {
    return this.parts.filter((p) => p.namespaceUri === ns);
  }
}

/** Namespace of the root element; throws InvalidArgument when the text is not an XML document. */
export function namespaceOf(xml: string): string {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^?]*\?>)?\s*(<!--[\s\S]*?-->\s*)*/, "");
  const root = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(body);
  if (!root || !/<\/[^>]+>\s*$|\/>\s*$/.test(body))
    throw invalidArgument("xml is not a well-formed XML document");
  const prefix = root[2] ? root[1] : null;
  const attrs = root[3];
  const re = prefix ? new RegExp(`xmlns:${prefix}="([^"]*)"`) : /xmlns="([^"]*)"/;
  return re.exec(attrs)?.[1] ?? "";
}

type Gate = [string, string] | null;

function gated<T>(
  ctx: FakeRequestContext,
  gate: Gate,
  typeName: string,
  resolver: () => T | null
): () => T | null {
  return () => {
    if (gate && !ctx.host.requirements.isSetSupported(gate[0], gate[1])) {
      throw new FakeOfficeError(
        FakeErrorCodes.apiNotFound,
        `The API you are trying to use could not be found. It may be available in a newer version of Office. (${typeName} needs ${gate[0]} ${gate[1]})`
      );
    }
    return resolver();
  };
}

interface PartRef {
  store: CustomXmlStore;
  part: CustomXmlPartModel;
}

export class FakeCustomXmlPart extends FakeObject<PartRef> {
  constructor(
    ctx: FakeRequestContext,
    resolver: () => PartRef | null,
    nullable: boolean,
    creation: unknown,
    readonly _gate: Gate
  ) {
    super(ctx, gated(ctx, _gate, "CustomXmlPart", resolver), nullable, creation);
  }
  _typeName(): string {
    return "CustomXmlPart";
  }
  _props(): Record<string, PropertyDef<PartRef>> {
    return { id: { get: (t) => t.part.id }, namespaceUri: { get: (t) => t.part.namespaceUri } };
  }
  getXml(): FakeClientResult<string> {
    return resultOf(this, "getXml", [], (t) => {
      if (!t.store.parts.includes(t.part)) throw itemNotFound("custom XML part was deleted");
      return t.part.xml;
    });
  }
  setXml(xml: string): void {
    this._op({ call: "setXml", args: [xml] }, (t) => {
      if (!t.store.parts.includes(t.part)) throw itemNotFound("custom XML part was deleted");
      t.part.namespaceUri = namespaceOf(xml);
      t.part.xml = xml;
    });
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const i = t.store.parts.indexOf(t.part);
      if (i < 0) throw itemNotFound("custom XML part was deleted");
      t.store.parts.splice(i, 1);
    });
  }
}
defineProperties(FakeCustomXmlPart, { id: "r", namespaceUri: "r" });

const PART_PROTO = { props: { id: 1, namespaceUri: 1 }, navs: {}, typeName: "CustomXmlPart" };

interface Scope {
  store: CustomXmlStore;
  ns: string | null;
}

function list(scope: Scope): CustomXmlPartModel[] {
  return scope.ns === null ? [...scope.store.parts] : scope.store.byNamespace(scope.ns);
}

abstract class PartsBase extends FakeCollection<Scope, PartRef, FakeCustomXmlPart> {
  abstract readonly _gate: Gate;
  _list(t: Scope): PartRef[] {
    return list(t).map((part) => ({ store: t.store, part }));
  }
  _makeItem(target: PartRef): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this._ctx, () => target, false, null, this._gate);
  }
  _itemPrototype() {
    return PART_PROTO;
  }
  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this._ctx,
      () => {
        const t = this._t();
        const part = list(t).find((p) => p.id === id);
        if (!part) throw itemNotFound(`custom XML part ${id}`);
        return { store: t.store, part };
      },
      false,
      { getItem: id },
      this._gate
    );
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this._ctx,
      () => {
        const t = this._t();
        const part = list(t).find((p) => p.id === id);
        return part ? { store: t.store, part } : null;
      },
      true,
      { getItemOrNullObject: id },
      this._gate
    );
  }
}

export class FakeCustomXmlPartCollection extends PartsBase {
  constructor(
    ctx: FakeRequestContext,
    resolver: () => Scope | null,
    readonly _gate: Gate
  ) {
    super(ctx, gated(ctx, _gate, "CustomXmlPartCollection", resolver), false, "customXmlParts");
  }
  _typeName(): string {
    return "CustomXmlPartCollection";
  }
  add(xml: string): FakeCustomXmlPart {
    let created: PartRef | null = null;
    this._op({ call: "add", args: [xml] }, (t) => {
      created = { store: t.store, part: t.store.add(xml) };
    });
    return new FakeCustomXmlPart(this._ctx, () => created, false, { addResult: true }, this._gate);
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(
      this._ctx,
      () => ({ store: this._t().store, ns: namespaceUri }),
      this._gate
    );
  }
}

export class FakeCustomXmlPartScopedCollection extends PartsBase {
  constructor(
    ctx: FakeRequestContext,
    resolver: () => Scope | null,
    readonly _gate: Gate
  ) {
    super(
      ctx,
      gated(ctx, _gate, "CustomXmlPartScopedCollection", resolver),
      false,
      "getByNamespace"
    );
  }
  _typeName(): string {
    return "CustomXmlPartScopedCollection";
  }
  getOnlyItem(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this._ctx,
      () => {
        const t = this._t();
        const parts = list(t);
        if (parts.length === 0) throw itemNotFound(`no custom XML part in namespace ${t.ns}`);
        if (parts.length > 1) {
          throw new FakeOfficeError(
            FakeErrorCodes.invalidOperation,
            `More than one custom XML part in namespace ${t.ns}.`
          );
        }
        return { store: t.store, part: parts[0] };
      },
      false,
      "getOnlyItem",
      this._gate
    );
  }
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this._ctx,
      () => {
        const t = this._t();
        const parts = list(t);
        return parts.length === 1 ? { store: t.store, part: parts[0] } : null;
      },
      true,
      "getOnlyItemOrNullObject",
      this._gate
    );
  }
}
