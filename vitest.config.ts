import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The package tests pack and install the package: give them time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
