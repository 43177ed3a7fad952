// Obviously fake credentials for the recipes; a deployment sets the environment variables instead.
export const testCredentials = {
  shufti: { secretKey: "recipes-nextjs-fake-shufti-secret" },
  ondato: { username: "recipes-nextjs-fake-ondato-user", password: "recipes-nextjs-fake-ondato-password" },
  netki: { username: "recipes-nextjs-fake-netki-user", password: "recipes-nextjs-fake-netki-password" },
} as const;
