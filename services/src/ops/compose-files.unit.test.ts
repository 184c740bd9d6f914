import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import composeSpec from './compose-spec/compose-spec.json' with { type: 'json' };
import {
  documentedVariables,
  interpolatedVariables,
  readComposeFile,
  readRepoFile,
} from './deployment-files.test-support.ts';

type Service = Record<string, unknown> & {
  image?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string | string[] };
  restart?: string;
  ports?: unknown[];
  networks?: string[];
  volumes?: string[];
  deploy?: { replicas?: number | string };
};

const validator = (): ValidateFunction => {
  const { $schema: _draft, ...schema } = composeSpec as Record<string, unknown>;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
};

const FILES = ['docker-compose.yml', 'docker-compose.cluster.yml'] as const;
const services = (file: string) => (readComposeFile(file).services ?? {}) as Record<string, Service>;
const healthcheckText = (service: Service) => [service.healthcheck?.test ?? ''].flat().join(' ');

describe('compose files', () => {
  const validate = validator();

  it.each(FILES)('%s follows the Compose Specification', (file) => {
    const valid = validate(readComposeFile(file));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is real: a misspelt or mistyped key is refused', () => {
    const broken = readComposeFile('docker-compose.yml') as { services: Record<string, Service> };
    broken.services.api!.restart_policy = 'always';
    expect(validate(broken)).toBe(false);
    const mistyped = readComposeFile('docker-compose.yml') as { services: Record<string, Service> };
    mistyped.services.api!.healthcheck = { test: 42 as unknown as string };
    expect(validate(mistyped)).toBe(false);
  });

  it.each(FILES)('every variable %s uses is documented in .env.example', (file) => {
    const documented = documentedVariables(readRepoFile('.env.example'));
    const missing = [...interpolatedVariables(readRepoFile(file))].filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });

  it('every variable the service reads is documented in .env.example', () => {
    const envSource = readRepoFile('services/src/env.ts');
    const schema = envSource.slice(
      envSource.indexOf('const EnvSchema'),
      envSource.indexOf('});', envSource.indexOf('const EnvSchema')),
    );
    const read = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(read.length).toBeGreaterThan(10);
    const documented = documentedVariables(readRepoFile('.env.example'));
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('runs EventStoreDB pinned, persistent and health-checked, with the API pointed at it', () => {
    const { eventstore, api } = services('docker-compose.yml');
    expect(eventstore!.image).toMatch(/^eventstore\/eventstore:24\.10\.\d+/);
    expect(eventstore!.volumes).toContain('eventstore-data:/var/lib/eventstore');
    expect(healthcheckText(eventstore!)).toContain('/health/live');
    expect(eventstore!.ports).toBeUndefined();
    expect(api!.environment!.EVENTSTORE_CONNECTION_STRING).toContain('esdb://eventstore:2113');
    expect(api!.environment!.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/);
    expect(api!.environment!.DEMO_DATA).toBe('off');
    expect(healthcheckText(api!)).toContain('/health/ready');
    expect((api!.depends_on as Record<string, { condition: string }>).eventstore!.condition).toBe(
      'service_healthy',
    );
    const compose = readComposeFile('docker-compose.yml') as {
      networks: Record<string, { internal?: boolean }>;
    };
    expect(compose.networks.store!.internal).toBe(true);
    for (const [name, service] of Object.entries(services('docker-compose.yml'))) {
      expect(service.restart, name).toBe('unless-stopped');
    }
  });

  it('the cluster file runs three EventStoreDB nodes that seed each other, and several API replicas', () => {
    const all = services('docker-compose.cluster.yml');
    const nodes = ['esdb1', 'esdb2', 'esdb3'];
    for (const node of nodes) {
      const env = all[node]!.environment!;
      expect(env.EVENTSTORE_CLUSTER_SIZE).toBe('3');
      const seeds = env.EVENTSTORE_GOSSIP_SEED!.split(',').map((s) => s.split(':')[0]);
      expect(seeds.sort()).toEqual(nodes.filter((n) => n !== node));
      expect(healthcheckText(all[node]!)).toContain('/health/live');
      expect(all[node]!.ports).toBeUndefined();
    }
    const api = all.api!;
    for (const node of nodes) expect(api.environment!.EVENTSTORE_CONNECTION_STRING).toContain(`${node}:2113`);
    expect(api.deploy!.replicas).toMatch(/^\$\{API_REPLICAS:-([2-9]|\d{2,})\}$/);
    expect(api.ports).toBeUndefined();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Compose interpolation, literally
    expect(all.proxy!.ports).toEqual(['${PUBLISH_PORT:-8080}:80']);
    for (const [name, service] of Object.entries(all)) expect(service.restart, name).toBe('unless-stopped');
  });
});
