// Checks Kubernetes objects against the API's published OpenAPI schemas, offline: kubernetes-models compiles them
// (and @kubernetes-models/prometheus-operator the ServiceMonitor CRD's) into validators that check types, enums,
// formats and required fields. The published schemas do not forbid unknown fields, yet the API server refuses
// them (strict field validation), so each object is also watched while it is validated: a schema reads every
// property it defines, so a key nobody read in an object whose other keys were read is a field the schema does
// not know (a map's keys are enumerated instead, and free-form objects have none read).
//
// Usage: node validate.mjs objects.json, where the file holds a JSON array of objects; prints a JSON array of
// problems ("Kind/name: …"), empty when every object is valid.
import { readFileSync } from "node:fs";

const PACKAGES_BY_GROUP = {
    "monitoring.coreos.com": "@kubernetes-models/prometheus-operator/monitoring.coreos.com",
};

async function modelOf(apiVersion, kind) {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
    const base = PACKAGES_BY_GROUP[group] ?? (group === "" ? "kubernetes-models" : `kubernetes-models/${group}`);
    try {
        return (await import(`${base}/${version}/${kind}`))[kind];
    } catch {
        return undefined;
    }
}

function watched(value, path, records) {
    if (Array.isArray(value)) {
        return value.map((item, i) => watched(item, `${path}/${i}`, records));
    }
    if (value === null || typeof value !== "object") {
        return value;
    }
    const record = { path, keys: Object.keys(value), read: new Set(), enumerated: false };
    records.push(record);
    const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, watched(v, `${path}/${k}`, records)]));
    return new Proxy(copy, {
        get(target, key, receiver) {
            if (typeof key === "string") record.read.add(key);
            return Reflect.get(target, key, receiver);
        },
        has(target, key) {
            if (typeof key === "string") record.read.add(key);
            return Reflect.has(target, key);
        },
        ownKeys(target) {
            record.enumerated = true;
            return Reflect.ownKeys(target);
        },
    });
}

const problems = [];
for (const object of JSON.parse(readFileSync(process.argv[2], "utf8"))) {
    const id = `${object.kind}/${object.metadata?.name}`;
    const Model = await modelOf(String(object.apiVersion), String(object.kind));
    if (!Model) {
        problems.push(`${id}: no published schema for ${object.apiVersion} ${object.kind}`);
        continue;
    }
    const records = [];
    try {
        Model.prototype.validate.call(watched(object, "", records));
    } catch (e) {
        problems.push(`${id}: ${e.message}`);
    }
    for (const { path, keys, read, enumerated } of records) {
        if (enumerated || read.size === 0) continue;
        for (const key of keys.filter((k) => !read.has(k))) problems.push(`${id}: unknown field ${path}/${key}`);
    }
}
console.log(JSON.stringify(problems));
