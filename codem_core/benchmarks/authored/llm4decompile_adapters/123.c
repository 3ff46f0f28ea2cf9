/* LLM4Decompile's signature for task 123 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int n, int *out, int *size) {
    int *r = get_odd_collatz(n, size);
    memcpy(out, r, *size * sizeof *r);
    free(r);
}
