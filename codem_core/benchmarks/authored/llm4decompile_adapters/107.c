/* LLM4Decompile's signature for task 107 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
int *func0(int n) {
    int len;
    return even_odd_palindrome(n, &len);
}
