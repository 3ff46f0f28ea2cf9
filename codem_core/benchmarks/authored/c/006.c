//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *returnSize.
//@@ signature
int* parse_nested_parens(const char* paren_string, int* returnSize) {
//@@ solution
    int* all_levels = NULL;
    int level = 0, max_level = 0, i = 0, count = 0;
    char chr;
    for (i = 0; paren_string[i] != '\0'; i++) {
        chr = paren_string[i];
        if (chr == '(') {
            level += 1;
            if (level > max_level) max_level = level;
        } else if (chr == ')') {
            level -= 1;
            if (level == 0) {
                all_levels = (int*)realloc(all_levels, sizeof(int) * (count + 1));
                all_levels[count++] = max_level;
                max_level = 0;
            }
        }
    }
    *returnSize = count;
    return all_levels;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = parse_nested_parens("(()()) ((())) () ((())()())", &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 1);
        assert(r[3] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = parse_nested_parens("() (()) ((())) (((())))", &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 4);
        free(r);
    }
    {
        int n = -1;
        int *r = parse_nested_parens("(()(())((())))", &n);
        assert(n == 1);
        assert(r[0] == 4);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = parse_nested_parens("(()()) ((())) () ((())()())", &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 1);
        assert(r[3] == 3);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed parse_nested_parens.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
