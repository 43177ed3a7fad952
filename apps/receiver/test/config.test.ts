import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { receiverRoutes } from "@kyc-webhooks/receiver-api";
import { ConfigError, devCredentials, helpText, loadConfig, settings, settingsTable } from "../src/config.js";
import { settingRegistry } from "../src/setting.js";

function configError(env: Record<string, string>, options: { configFile?: string; devMode?: boolean } = {}): ConfigError {
  try {
    loadConfig({ env, ...options });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("starts on SQLite under ./data/ with no provider when nothing is set", () => {
    const config = loadConfig({ env: {} });
    expect(config).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      databaseUrl: "sqlite:./data/kyc-webhooks.db",
      logLevel: "info",
      trustedProxies: 0,
      devMode: false,
      providers: {},
      limits: { maxBodyBytes: 1_048_576, requestTimeoutMs: 20_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000 },
    });
    expect(config.adminToken).toBeUndefined();
  });

  it("reads every provider's authentication from the environment", () => {
    const config = loadConfig({
      env: {
        KYC_JUMIO_IP_ALLOWLIST: "platform-eu, 198.51.100.0/24",
        KYC_JUMIO_USERNAME: "jumio",
        KYC_JUMIO_PASSWORD: "pw",
        KYC_SHUFTI_SECRET_KEY: "s3cret",
        KYC_SHUFTI_SIGNATURE_ALGORITHMS: "v2",
        KYC_ONDATO_CLIENT_ID: "client",
        KYC_ONDATO_CLIENT_SECRET: "client-secret",
        KYC_ONDATO_IP_ALLOWLIST: "default",
        KYC_NETKI_USERNAME: "netki",
        KYC_NETKI_PASSWORD: "netki-pw",
        KYC_NETKI_EXPECTED_STATUS: "204",
        KYC_TRUSTED_PROXIES: "10.0.0.0/8,192.168.1.1",
      },
    });
    expect(config.providers).toEqual({
      jumio: { ipAllowlist: ["platform-eu", "198.51.100.0/24"], basic: { username: "jumio", password: "pw" } },
      shufti: { secretKey: "s3cret", algorithms: ["v2"] },
      ondato: { oauth2: { clientId: "client", clientSecret: "client-secret", tokenTtlSeconds: 3600 }, ipAllowlist: "default" },
      netki: { scheme: "basic", basic: { username: "netki", password: "netki-pw" }, expectedStatus: 204 },
    });
    expect(config.trustedProxies).toEqual(["10.0.0.0/8", "192.168.1.1"]);
  });

  it("reads a JSON config file, and the environment wins over it", () => {
    const dir = mkdtempSync(join(tmpdir(), "kyc-config-"));
    const file = join(dir, "receiver.json");
    writeFileSync(file, JSON.stringify({ port: 9000, host: "0.0.0.0", shufti: { secretKey: "from-file" }, netki: { auth: "noauth" }, limits: { maxBodyBytes: 2048 } }));
    const config = loadConfig({ env: { KYC_CONFIG_FILE: file, KYC_PORT: "9100" } });
    expect(config.port).toBe(9100);
    expect(config.host).toBe("0.0.0.0");
    expect(config.limits.maxBodyBytes).toBe(2048);
    expect(config.providers.shufti?.secretKey).toBe("from-file");
    expect(config.providers.netki).toEqual({ scheme: "noauth", expectedStatus: 200 });
  });

  const bad: [string, Record<string, string>, string][] = [
    ["a port that is not a number", { KYC_PORT: "eighty" }, "KYC_PORT"],
    ["a port out of range", { KYC_PORT: "70000" }, "KYC_PORT"],
    ["an unknown database URL", { DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    ["a short admin token", { KYC_ADMIN_TOKEN: "tiny-secret" }, "KYC_ADMIN_TOKEN"],
    ["a bad log level", { KYC_LOG_LEVEL: "loud" }, "KYC_LOG_LEVEL"],
    ["a Jumio allowlist that is not addresses", { KYC_JUMIO_IP_ALLOWLIST: "jumio.com" }, "KYC_JUMIO_IP_ALLOWLIST"],
    ["an IPv6 range longer than 128 bits", { KYC_JUMIO_IP_ALLOWLIST: "2001:db8::/129" }, "KYC_JUMIO_IP_ALLOWLIST"],
    ["Jumio's `any` without basic auth", { KYC_JUMIO_IP_ALLOWLIST: "any" }, "KYC_JUMIO_IP_ALLOWLIST"],
    ["Jumio basic auth without an allowlist", { KYC_JUMIO_USERNAME: "u", KYC_JUMIO_PASSWORD: "p" }, "KYC_JUMIO_IP_ALLOWLIST"],
    ["an unknown Shufti signature rule", { KYC_SHUFTI_SECRET_KEY: "k", KYC_SHUFTI_SIGNATURE_ALGORITHMS: "v2,v3" }, "KYC_SHUFTI_SIGNATURE_ALGORITHMS"],
    ["a password without its username", { KYC_ONDATO_PASSWORD: "p" }, "KYC_ONDATO_USERNAME"],
    ["a client id without its secret", { KYC_ONDATO_CLIENT_ID: "c" }, "KYC_ONDATO_CLIENT_SECRET"],
    ["Netki noauth together with credentials", { KYC_NETKI_AUTH: "noauth", KYC_NETKI_USERNAME: "u", KYC_NETKI_PASSWORD: "p" }, "KYC_NETKI_AUTH"],
    ["Netki basic without credentials", { KYC_NETKI_AUTH: "basic" }, "KYC_NETKI_USERNAME"],
    ["a Netki expected status that is not 2xx", { KYC_NETKI_USERNAME: "u", KYC_NETKI_PASSWORD: "p", KYC_NETKI_EXPECTED_STATUS: "500" }, "KYC_NETKI_EXPECTED_STATUS"],
    ["trusted proxies that are neither a count nor addresses", { KYC_TRUSTED_PROXIES: "the load balancer" }, "KYC_TRUSTED_PROXIES"],
    ["a body limit below 1 KiB", { KYC_MAX_BODY_BYTES: "10" }, "KYC_MAX_BODY_BYTES"],
    ["a boolean that is not one", { KYC_DEV_MODE: "perhaps" }, "KYC_DEV_MODE"],
    ["dev mode on a public address", { KYC_DEV_MODE: "1", KYC_HOST: "0.0.0.0" }, "KYC_DEV_MODE"],
    ["a header timeout longer than the request timeout", { KYC_HEADERS_TIMEOUT_MS: "30000", KYC_REQUEST_TIMEOUT_MS: "20000" }, "KYC_HEADERS_TIMEOUT_MS"],
    ["a schema name that is not an identifier", { KYC_DATABASE_SCHEMA: "a;drop" }, "KYC_DATABASE_SCHEMA"],
  ];
  for (const [what, env, setting] of bad) {
    it(`refuses ${what} with one line naming ${setting}`, () => {
      const error = configError(env);
      expect(error.message).toContain(setting);
      expect(error.message).not.toContain("\n");
    });
  }

  it("never echoes a secret in an error", () => {
    const error = configError({ KYC_ADMIN_TOKEN: "hunter2-short" });
    expect(error.message).not.toContain("hunter2");
  });

  it("names the config file's problems", () => {
    const dir = mkdtempSync(join(tmpdir(), "kyc-config-"));
    const unknown = join(dir, "unknown.json");
    writeFileSync(unknown, JSON.stringify({ shufti: { secret: "x" } }));
    expect(configError({}, { configFile: unknown }).message).toContain('unknown setting "shufti.secret"');
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ port: 1");
    expect(configError({}, { configFile: broken }).message).toContain("not valid JSON");
    expect(configError({}, { configFile: join(dir, "missing.json") }).message).toContain("cannot be read");
    const wrongType = join(dir, "wrong.json");
    writeFileSync(wrongType, JSON.stringify({ port: "http" }));
    expect(configError({}, { configFile: wrongType }).message).toContain("port (config file)");
  });

  it("development mode enables every provider not configured otherwise, with well-known credentials", () => {
    const config = loadConfig({ env: { KYC_SHUFTI_SECRET_KEY: "mine" }, devMode: true });
    expect(config.devMode).toBe(true);
    expect(config.adminToken).toBe(devCredentials.adminToken);
    expect(config.providers.shufti?.secretKey).toBe("mine");
    expect(config.providers.netki).toMatchObject({ scheme: "basic", basic: devCredentials.netki });
    expect(config.providers.ondato).toMatchObject({ basic: devCredentials.ondato });
    expect(config.providers.jumio).toEqual({ ipAllowlist: devCredentials.jumioIpAllowlist });
  });

  it("the README's settings table is the one the settings declare (else run `pnpm generate`)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const header = "| variable | file key | default | what it does |";
    const table = readme.slice(readme.indexOf(header), readme.indexOf("\n\n", readme.indexOf(header)));
    expect(table).toBe(settingsTable());
  });

  it("every default is a value its own schema accepts, and the schema carries the setting's metadata", () => {
    for (const setting of settings) {
      if (setting.default !== undefined) expect(setting.schema.safeParse(setting.default).success, setting.env).toBe(true);
      expect(settingRegistry.get(setting.schema)?.env).toBe(setting.env);
    }
  });

  it("the values and ranges the docs list for a setting are the ones its schema accepts", () => {
    const withFacts = settings.filter((setting) => setting.values !== undefined || setting.min !== undefined);
    expect(withFacts.map((setting) => setting.env)).toEqual(expect.arrayContaining(["KYC_LOG_LEVEL", "KYC_SHUFTI_SIGNATURE_ALGORITHMS", "KYC_PORT", "KYC_RETENTION_DAYS"]));
    for (const setting of withFacts) {
      for (const value of setting.values ?? []) expect(setting.schema.safeParse(value).success, `${setting.env}=${value}`).toBe(true);
      if (setting.values) expect(setting.schema.safeParse("not-a-listed-value").success, setting.env).toBe(false);
      if (setting.min !== undefined) {
        expect(setting.schema.safeParse(String(setting.min)).success, setting.env).toBe(true);
        expect(setting.schema.safeParse(String(setting.min - 1)).success, setting.env).toBe(false);
      }
      if (setting.max !== undefined) {
        expect(setting.schema.safeParse(String(setting.max)).success, setting.env).toBe(true);
        expect(setting.schema.safeParse(String(setting.max + 1)).success, setting.env).toBe(false);
      }
    }
  });

  it("--help lists the endpoints of the route table", () => {
    const help = helpText();
    for (const route of receiverRoutes) expect(help).toContain(`${route.method.toUpperCase().padEnd(5)}${route.path}`);
  });

  it("--help and the README list every setting", () => {
    const help = helpText();
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const setting of settings) {
      expect(help).toContain(setting.env);
      expect(readme).toContain(`\`${setting.env}\``);
    }
  });
});
