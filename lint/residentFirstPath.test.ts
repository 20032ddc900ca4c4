import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..');

/** The module a static import or re-export loads for its values; null when it is erased (types only) or not an import. */
function valueImportOf(statement: ts.Statement): string | null {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    const typesOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((element) => element.isTypeOnly)));
    return typesOnly ? null : (statement.moduleSpecifier as ts.StringLiteral).text;
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) return (statement.moduleSpecifier as ts.StringLiteral).text;
  return null;
}

/**
 * The modules that load before the resident's start screen: the entry's static imports, followed
 * through every module they import for its values (an `import type`, or names all marked `type`,
 * is erased; `import()` is a later chunk). Packages are reported by name.
 */
function firstPath(entry: string): { modules: string[]; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const specifier = valueImportOf(statement);
      if (specifier === null) continue;
      if (specifier.endsWith('.css')) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find((candidate) => existsSync(candidate));
      if (!found) throw new Error(`${relative(REPO, file)} imports ${specifier}, which is not a TypeScript module`);
      visit(found);
    }
  };
  visit(entry);
  return { modules: [...modules].map((file) => relative(REPO, file)), packages };
}

describe("the resident's first scripts", () => {
  // main.tsx asks main for the first answers, then imports startKiosk; index.html preloads both.
  const entries = ['renderer/src/main.tsx', 'renderer/src/startKiosk.tsx'].map((file) => firstPath(join(REPO, file)));

  it('build no zod schema: main validates every payload, the start screen only needs types', () => {
    for (const { packages } of entries) expect([...packages]).not.toContain('zod');
  });

  it('leave the staff and first-run setup screens to their own chunks', () => {
    const modules = entries.flatMap((path) => path.modules);
    expect(modules).toContain('renderer/src/screens/StartScreen.tsx');
    expect(modules).not.toContain('renderer/src/screens/StaffScreen.tsx');
    expect(modules).not.toContain('renderer/src/screens/admin/SetupScreen.tsx');
  });
});
