import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../infra/config/config.js';
import { buildAppSchema, printAppSchema } from '../infra/graphql/schema.js';
import { createAppPubSub } from '../infra/pubsub/pubsub.js';

/** Writes the SDL to /schema.graphql, the file web codegen and partners read. */
const schema = await buildAppSchema(null, createAppPubSub());
const target = path.join(REPO_ROOT, 'schema.graphql');
fs.writeFileSync(target, printAppSchema(schema));
console.log(`wrote ${target}`);
