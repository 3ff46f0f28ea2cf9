/* LLM4Decompile's signature for task 152 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *game, int *guess, int *out, int length) {
    int n;
    int *r = compare(game, guess, length, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
