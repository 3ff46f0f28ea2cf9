/* LLM4Decompile's signature for task 104 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *x, int size, int **out, int *out_size) {
    *out = unique_digits(x, size, out_size);
}
