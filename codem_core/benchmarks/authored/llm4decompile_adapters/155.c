/* LLM4Decompile's signature for task 155 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int num, int *result) {
    int n;
    int *r = even_odd_count(num, &n);
    memcpy(result, r, n * sizeof *r);
    free(r);
}
