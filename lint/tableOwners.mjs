/**
 * One owner per table (DESIGN.md "Processes"): SQL is written only in a table's owner module
 * (`*Rows.ts`, statements prepared once per connection) and in the database set-up
 * (opening, migrations). Everything else calls the owners' functions. Tests may read a real
 * file's rows directly to check what a change left behind.
 */
const SQL_METHODS = new Set(['prepare', 'exec', 'pragma']);

const message = (method) =>
  `db.${method}() outside a table's owner module: put the SQL in the table's *Rows.ts (statements prepared once per connection) and call that.`;

const noSqlOutsideOwners = {
  meta: {
    type: 'problem',
    docs: { description: "SQL only in a table's owner module (*Rows.ts) or the database set-up" },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (!SQL_METHODS.has(method)) return;
        // RegExp#exec is not SQL.
        if (method === 'exec' && (callee.object.type === 'Literal' && callee.object.regex)) return;
        if (method === 'exec' && callee.object.type === 'NewExpression' && callee.object.callee.name === 'RegExp') return;
        context.report({ node, message: message(method) });
      },
    };
  },
};

export const tableOwnersPlugin = { rules: { 'no-sql-outside-owners': noSqlOutsideOwners } };

/** Where the rule applies, and the modules that may write SQL. */
export const tableOwnerFiles = {
  files: ['electron/**/*.{ts,tsx}', 'server/**/*.ts', 'nodeShared/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts'],
  owners: ['**/*Rows.ts', 'nodeShared/sqliteDatabase.ts', 'electron/services/database/**', 'server/src/store/sqlite/openSqliteStore.ts', 'server/src/store/sqlite/migrations/**'],
  tests: ['**/*.test.ts', '**/*.spec.ts', '**/testSupport/**', 'e2e/**'],
};

export function tableOwnerConfigs() {
  return [
    {
      name: 'table-owners',
      files: tableOwnerFiles.files,
      ignores: [...tableOwnerFiles.owners, ...tableOwnerFiles.tests],
      plugins: { 'table-owners': tableOwnersPlugin },
      rules: { 'table-owners/no-sql-outside-owners': 'error' },
    },
  ];
}
